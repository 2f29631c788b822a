namespace KhataBot.Core.Parsing;

/// <summary>
/// "remind Ramesh tomorrow", "remind Ramesh kal", "remind Ramesh on 5 dec", "remind Ramesh in 3 days",
/// "remind Ramesh in 2 hours", "remind Ramesh 10 minute baad"; and "cancel reminder Ramesh". The name is
/// whatever comes before the first phrase that says when and runs to the end of the message.
/// </summary>
internal static class OneOffReminderGrammar
{
    /// <summary>Days ahead a reminder may be set; further than a year is more likely a typo than a plan.</summary>
    public const int MaxDaysAhead = 366;

    /// <summary>Hours ahead for a reminder counted in hours or minutes; beyond that a day is the natural unit.</summary>
    public const int MaxHoursAhead = 48;

    private static readonly HashSet<string> Fillers = ["me", "about", "for", "of"];

    private static readonly HashSet<string> Before = ["in", "after"];

    private static readonly HashSet<string> After = ["baad", "bad", "later", "mein", "me", "main"];

    /// <summary>The words after "remind".</summary>
    public static Command Parse(IReadOnlyList<Token> args, DateOnly today)
    {
        var words = args.SkipLeading(Fillers);
        if (words.Count == 0) return Replies.Fail("Whom should I remind you about, and when?", Examples.RemindOnce);
        if (When(words, 0, today) is { Problem: null }) return Replies.Fail("Whom should I remind you about?", Examples.RemindOnce);
        for (var start = 1; start < words.Count; start++)
        {
            if (When(words, start, today) is not { } when) continue;
            if (when.Problem is not null) return new Unparseable(when.Problem);
            var name = Names.Read(words.Slice(0, start), Examples.RemindOnce);
            return name.Failed ? name.AsUnparseable() : new RemindOnce(name.Value, when.On, when.After);
        }

        return Replies.Fail($"When should I remind you about {words.JoinText()}?", Examples.RemindOnce);
    }

    /// <summary>The words after "cancel reminder".</summary>
    public static Command Cancel(IReadOnlyList<Token> args)
    {
        var words = args.SkipLeading(Fillers);
        if (words.Count == 0)
        {
            return Replies.Fail("Whose reminder should I cancel? (To stop the daily due reminders: reminders off.)", Examples.CancelReminder);
        }

        var name = Names.Read(words, Examples.CancelReminder);
        return name.Failed ? name.AsUnparseable() : new CancelOneOffReminders(name.Value);
    }

    private sealed record Moment(DateOnly? On, TimeSpan? After, string? Problem);

    /// <summary>A phrase saying when that starts at <paramref name="start"/> and takes every word after it.</summary>
    private static Moment? When(IReadOnlyList<Token> words, int start, DateOnly today)
    {
        var count = words.Count - start;
        var first = words[start].Word;
        if (count == 1 && first is "parso" or "parson") return Day(new DaysFromToday(2), today);

        // "in 3 days", "after 2 hours"; "3 days baad", "10 minute mein"; "3 days".
        var at = Before.Contains(first) ? start + 1 : start;
        var end = words.Count > at + 2 && After.Contains(words[^1].Word) ? words.Count - 1 : words.Count;
        if (end - at == 2 && DateParser.Count(words[at].Word) is { } n && Span(n, words[at + 1].Word) is { } span) return span(today);

        // "tomorrow", "kal", "on 5 dec", "monday", "on 12/12".
        var dateAt = first is "on" ? start + 1 : start;
        if (dateAt < words.Count && DateParser.Match(words, dateAt, bareWeekday: true) is { } date && dateAt + date.Length == words.Count)
        {
            return date.Problem is not null ? new Moment(null, null, Replies.Reason(date.Problem, Examples.RemindOnce)) : Day(date.Spec!, today);
        }

        return null;
    }

    private static Func<DateOnly, Moment>? Span(int n, string unit) => unit switch
    {
        "minute" or "minutes" or "min" or "mins" or "minat" => _ => Delay(TimeSpan.FromMinutes(n)),
        "hour" or "hours" or "hr" or "hrs" or "ghanta" or "ghante" or "ghanton" => _ => Delay(TimeSpan.FromHours(n)),
        "day" or "days" or "din" => today => Day(new DaysFromToday(n), today),
        "week" or "weeks" or "hafta" or "hafte" or "hafton" when n <= MaxDaysAhead / 7 => today => Day(new DaysFromToday(7 * n), today),
        _ => null,
    };

    private static Moment Delay(TimeSpan after) => after <= TimeSpan.FromHours(MaxHoursAhead)
        ? new Moment(null, after, null)
        : Problem($"Hours and minutes go up to {MaxHoursAhead} hours; for later, give a day.");

    private static Moment Day(DateSpec spec, DateOnly today)
    {
        if (spec is DaysFromToday { Days: < 0 } || (spec is CalendarDay { Year: { } year } exact && IsBefore(exact, year, today)))
        {
            return Problem("That day has passed; a reminder needs a day ahead.");
        }

        // Read as a due date: a day without a year is the next one, a weekday the next one after today,
        // and "kal" is tomorrow.
        var resolved = DateResolver.Due(spec, today, today, Examples.RemindOnce);
        if (resolved.Failed) return new Moment(null, null, resolved.Error);
        return resolved.Value.DayNumber - today.DayNumber > MaxDaysAhead
            ? Problem("I can remind you up to a year ahead.")
            : new Moment(resolved.Value, null, null);
    }

    private static bool IsBefore(CalendarDay day, int year, DateOnly today) =>
        year is >= 1 and <= 9999 && day.Day <= DateTime.DaysInMonth(year, day.Month) && new DateOnly(year, day.Month, day.Day) < today;

    private static Moment Problem(string problem) => new(null, null, Replies.Reason(problem, Examples.RemindOnce));
}
