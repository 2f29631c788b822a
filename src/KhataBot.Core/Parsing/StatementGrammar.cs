namespace KhataBot.Core.Parsing;

/// <summary>
/// "statement Ramesh pdf", "statement Ramesh june pdf", "Ramesh ka statement last month pdf": a customer's
/// statement as a PDF. The trailing "pdf" is what asks for the document; without it these words show the
/// history as text. A period, if any, comes after the name.
/// </summary>
internal static class StatementGrammar
{
    /// <summary>The label of a statement that covers every entry so far.</summary>
    public const string AllEntries = "all entries";

    public static bool EndsInPdf(IReadOnlyList<Token> words) => words.Count > 0 && words[^1].Word == "pdf";

    /// <summary>The words between "statement" and "pdf": a name, then perhaps a period.</summary>
    public static Command Pdf(IReadOnlyList<Token> words, DateOnly today)
    {
        if (words.Count == 0) return Replies.Fail("Whose statement?", Examples.Statement);

        // Names are free text, so the period is the longest ending that reads as one, leaving the name at
        // least one word ("Ramesh Kumar last month": "last month", not "Kumar last month").
        for (var start = 1; start < words.Count; start++)
        {
            if (PeriodParser.Named(words.From(start), today) is { } period)
            {
                return For(words.Slice(0, start), period.Period, period.Label);
            }
        }

        return For(words, null, AllEntries);
    }

    /// <summary>"Ramesh statement pdf", "Ramesh ka khata june pdf": null unless the message is one.</summary>
    public static Command? NameFirst(IReadOnlyList<Token> tokens, DateOnly today)
    {
        if (!EndsInPdf(tokens)) return null;
        var historyWord = -1;
        for (var i = tokens.Count - 2; i > 0 && historyWord < 0; i--)
        {
            if (CustomerInfoGrammar.HistoryWords.Contains(tokens[i].Word)) historyWord = i;
        }

        if (historyWord < 0) return null;
        var periodWords = tokens.Slice(historyWord + 1, tokens.Count - 1);
        if (periodWords.Count == 0) return For(tokens.Slice(0, historyWord), null, AllEntries);
        return PeriodParser.Named(periodWords, today) is { } period
            ? For(tokens.Slice(0, historyWord), period.Period, period.Label)
            : Replies.Fail("I didn't understand that period.", Examples.Statement);
    }

    private static Command For(IReadOnlyList<Token> nameWords, DateRange? period, string label)
    {
        // Names.Read drops particles at the end ("Ramesh ka"); the possessives at the start were dropped before.
        var name = Names.Read(nameWords, Examples.Statement);
        return name.Failed ? name.AsUnparseable() : new SendStatement(name.Value, period, label);
    }
}
