namespace KhataBot.Core.Parsing;

/// <summary>"chart expenses june", "chart dues", "chart Ramesh" and "top dues".</summary>
internal static class ChartGrammar
{
    public const string Example = "chart expenses june, chart dues or chart Ramesh";

    private static readonly HashSet<string> ExpenseWords = ["expenses", "expense", "kharcha", "kharche", "spending"];

    private static readonly HashSet<string> DuesWords = ["dues", "due", "udhar", "udhaar", "balances", "outstanding", "baki", "baaki"];

    private static readonly HashSet<string> TopWords = ["dues", "udhar", "udhaar", "debtors", "baki", "baaki"];

    private static readonly HashSet<string> Filler = ["of", "for", "ka", "ki"];

    public static Command Chart(IReadOnlyList<Token> args, DateOnly today)
    {
        var words = args.SkipLeading(Filler);
        if (words.Count == 0) return Replies.Fail("Which chart?", Example);

        var first = words[0].Word;
        if (ExpenseWords.Contains(first))
        {
            return PeriodParser.Parse(words.From(1), today, "chart expenses june") switch
            {
                ShowReport report => new ShowExpenseChart(report.Period, report.Label),
                var refusal => refusal,
            };
        }

        if (words.Count == 1 && DuesWords.Contains(first)) return new ShowDuesChart();

        var name = Names.Read(words, "chart Ramesh");
        return name.Failed ? name.AsUnparseable() : new ShowCustomerChart(name.Value);
    }

    /// <summary>"top dues", "top udhar": null when "top" starts something else (a customer called Top).</summary>
    public static Command? Top(IReadOnlyList<Token> args) =>
        args.Count == 1 && TopWords.Contains(args[0].Word) ? new ShowTopDues() : null;
}
