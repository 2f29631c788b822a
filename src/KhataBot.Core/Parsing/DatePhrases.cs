namespace KhataBot.Core.Parsing;

/// <summary>The words of an entry with its date phrases taken out, and the dates they gave.</summary>
internal sealed record DatedWords(IReadOnlyList<Token> Rest, DateOnly Date, DateOnly? Due);

/// <summary>
/// Takes the entry date ("yesterday", "on 12 june", "15-11-2026", "on monday") and the due date
/// ("due 30 june", "due in 7 days", "due friday") out of the words around an amount; what is left is
/// the note. A word like "monday" only counts as a date after "on", "last" or "due", so that it can
/// still be part of a note.
/// </summary>
internal static class DatePhrases
{
    private static readonly HashSet<string> WordsBeforeEntryDate = ["on", "dated", "date", "dt"];

    private static readonly HashSet<string> WordsAfterDue = ["on", "by", "date", "dt", "in", "after"];

    public static Parsed<DatedWords> Extract(IReadOnlyList<Token> tokens, DateOnly today, bool dueAllowed, string example)
    {
        var rest = new List<Token>();
        DateSpec? entry = null;
        DateSpec? due = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var word = tokens[i].Word;
            if (word == "due" && MatchDue(tokens, i + 1) is { } dueMatch)
            {
                if (!dueAllowed) return Fail("Only udhar (credit) entries can have a due date.", Examples.CreditWithDue);
                if (dueMatch.Problem is not null) return Fail(dueMatch.Problem, Examples.CreditWithDue);
                if (due is not null) return Fail("That has two due dates; give just one.", Examples.CreditWithDue);
                due = dueMatch.Spec;
                i += 1 + dueMatch.Length;
                continue;
            }

            // "due" with words after it was meant as a due date, and a typo there must not pass as a note;
            // as the last word it is just a word ("add Ramesh 500 purana due").
            if (word == "due" && dueAllowed && i + 1 < tokens.Count) return Fail("I couldn't read the due date.", Examples.CreditWithDue);

            var match = EntryDateAt(tokens, i);
            if (match is null)
            {
                rest.Add(tokens[i]);
                i++;
                continue;
            }

            if (match.Problem is not null) return Fail(match.Problem, example);
            if (entry is not null) return Fail("That has two dates; give just one.", example);
            entry = match.Spec;
            i += match.Length;
        }

        var date = entry is null ? Parsed<DateOnly>.Ok(today) : DateResolver.Entry(entry, today, example);
        if (date.Failed) return Parsed<DatedWords>.Fail(date.Error);
        if (due is null) return Parsed<DatedWords>.Ok(new DatedWords(rest, date.Value, null));

        var dueDate = DateResolver.Due(due, today, date.Value, Examples.CreditWithDue, slipsRefused: true);
        if (dueDate.Failed) return Parsed<DatedWords>.Fail(dueDate.Error);
        return Parsed<DatedWords>.Ok(new DatedWords(rest, date.Value, dueDate.Value));
    }

    /// <summary>Single words that date an entry wherever they stand ("paid Ramesh yesterday 200").</summary>
    public static bool IsDateWord(Token token) => token.Word is "today" or "aaj" or "yesterday" or "yday" or "kal";

    private static DateMatch? EntryDateAt(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Word;
        if (i + 1 < tokens.Count)
        {
            if (WordsBeforeEntryDate.Contains(word) && DateParser.Match(tokens, i + 1, bareWeekday: true) is { } afterOn)
            {
                return afterOn with { Length = afterOn.Length + 1 };
            }

            if (word == "last" && CalendarWords.TryWeekday(tokens[i + 1].Word, out var day)) return DateMatch.Of(2, new Weekday(day, Last: true));
        }

        return DateParser.Match(tokens, i, bareWeekday: false);
    }

    /// <summary>The date after "due", with its length counted from <paramref name="start"/>.</summary>
    private static DateMatch? MatchDue(IReadOnlyList<Token> tokens, int start)
    {
        var i = start;
        while (i < tokens.Count && WordsAfterDue.Contains(tokens[i].Word)) i++;
        if (i >= tokens.Count) return null;
        var skipped = i - start;

        if (DateParser.Count(tokens[i].Word) is { } count && i + 1 < tokens.Count && Span(count, tokens[i + 1].Word) is { } span)
        {
            return DateMatch.Of(skipped + 2, span);
        }

        if (tokens[i].Word == "next" && i + 1 < tokens.Count)
        {
            var after = tokens[i + 1].Word;
            if (CalendarWords.TryWeekday(after, out var day)) return DateMatch.Of(skipped + 2, new Weekday(day, Last: false));
            if (Span(1, after) is { } one) return DateMatch.Of(skipped + 2, one);
        }

        return DateParser.Match(tokens, i, bareWeekday: true) is { } date ? date with { Length = skipped + date.Length } : null;
    }

    private static DateSpec? Span(int count, string unit) => unit switch
    {
        "day" or "days" or "din" => new DaysFromToday(count),
        "week" or "weeks" or "hafte" or "hafta" or "hafton" => new DaysFromToday(7 * count),
        "month" or "months" or "mahina" or "mahine" or "mahino" when count <= 120 => new MonthsFromToday(count),
        _ => null,
    };

    private static Parsed<DatedWords> Fail(string problem, string example) => Parsed<DatedWords>.Fail(Replies.Reason(problem, example));
}
