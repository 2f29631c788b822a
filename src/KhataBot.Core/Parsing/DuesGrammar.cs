namespace KhataBot.Core.Parsing;

/// <summary>Open dues by date: "overdue", "due today", "due tomorrow", "due this week", "due next week",
/// "due this month", "dues Ramesh", "overdue Ramesh". A due is ahead of the shopkeeper, so these periods
/// look forward, unlike a report's.</summary>
internal static class DuesGrammar
{
    public const string Example = "overdue, due today, due this week or dues Ramesh";

    private static readonly HashSet<string> Filler = ["list", "for", "of", "in", "hai", "hain", "kiska", "kaun"];

    /// <summary>"overdue …": late dues, of everyone or of the named customer.</summary>
    public static Command Overdue(IReadOnlyList<Token> args)
    {
        var words = args.Where(t => !Filler.Contains(t.Word) && t.Word is not ("dues" or "due")).ToList();
        if (words.Count == 0) return new ShowDues(null, null, null, Overdue: true);
        var name = Names.Read(words, Example);
        return name.Failed ? name.AsUnparseable() : new ShowDues(name.Value, null, null, Overdue: true);
    }

    /// <summary>"due today" / "dues this week" / "dues Ramesh" (the words after "due" or "dues").</summary>
    public static Command Dues(IReadOnlyList<Token> args, DateOnly today)
    {
        var words = args.Where(t => !Filler.Contains(t.Word)).ToList();
        if (words.Count == 0) return new ShowDues(null, null, null, Overdue: false);
        if (Period(string.Join(' ', words.Select(t => t.Word)), today) is { } period) return new ShowDues(null, period.Range, period.Label, Overdue: false);
        var name = Names.Read(words, Example);
        return name.Failed ? name.AsUnparseable() : new ShowDues(name.Value, null, null, Overdue: false);
    }

    /// <summary>Whether the words after "due" name a period ("due today"), rather than being something else.</summary>
    public static bool NamesPeriod(IReadOnlyList<Token> args, DateOnly today) =>
        args.Count == 0 || Period(string.Join(' ', args.Where(t => !Filler.Contains(t.Word)).Select(t => t.Word)), today) is not null;

    private static (DateRange Range, string Label)? Period(string phrase, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstOfMonth = today.AddDays(1 - today.Day);
        return phrase switch
        {
            "today" or "aaj" => (new DateRange(today, today), "today"),
            "tomorrow" or "kal" or "tmrw" => (new DateRange(today.AddDays(1), today.AddDays(1)), "tomorrow"),
            "this week" or "week" or "is hafte" => (new DateRange(monday, monday.AddDays(6)), "this week"),
            "next week" or "agle hafte" => (new DateRange(monday.AddDays(7), monday.AddDays(13)), "next week"),
            "this month" or "month" or "is mahine" => (new DateRange(firstOfMonth, firstOfMonth.AddMonths(1).AddDays(-1)), "this month"),
            _ => null,
        };
    }
}
