namespace KhataBot.Core.Parsing;

/// <summary>
/// Money the shop spends or takes in, with no customer: "spent 1200 on electricity", "kharcha chai 200",
/// "sale 2000", "income 5000 salary". Words may stand before or after the amount; together, minus date
/// phrases, they are the note.
/// </summary>
internal static class CashEntryGrammar
{
    /// <summary>Verbs that mean selling: their income source is always "sales", so a day's sales add up
    /// in one line however they were described ("sold 1500 cash sales" keeps "cash sales" as the note).</summary>
    public static readonly IReadOnlySet<string> SaleVerbs = new HashSet<string> { "sale", "sales", "sold", "bikri", "bikree", "becha" };

    public const string SalesSource = "sales";

    /// <summary>The source when "income 5000" names none.</summary>
    public const string DefaultSource = "income";

    private const int MaxSourceLength = 30;

    private static readonly HashSet<string> IncomeConnectors = ["from", "for", "on", "of", "se"];

    public static Command Expense(IReadOnlyList<Token> args, ParseContext context)
    {
        var words = AroundAmount(args, "How much did you spend, and on what?", Examples.Expense, context);
        if (words.Failed) return words.AsUnparseable();
        var (amount, dated) = words.Value;

        var after = dated.Rest.SkipLeading(Notes.Connectors);
        var afterFor = after.Count < dated.Rest.Count && dated.Rest[dated.Rest.Count - after.Count - 1].Word == "for";
        var (category, noteWords) = CategoryKeywords.Choose(after, context, afterFor);
        var note = Notes.Read(noteWords, Examples.Expense);
        if (note.Failed) return note.AsUnparseable();
        return new AddExpense(amount, category, note.Value, dated.Date);
    }

    public static Command Income(string verb, IReadOnlyList<Token> args, ParseContext context)
    {
        var words = AroundAmount(args, "How much came in?", Examples.Income, context);
        if (words.Failed) return words.AsUnparseable();
        var (amount, dated) = words.Value;

        var noteWords = dated.Rest.SkipLeading(IncomeConnectors);
        var note = Notes.Read(noteWords, Examples.Income);
        if (note.Failed) return note.AsUnparseable();

        var source = SaleVerbs.Contains(verb) ? SalesSource : SourceFrom(noteWords);
        if (source.Length > MaxSourceLength)
        {
            return Replies.Fail($"The first word after the amount names where the money came from, and '{source}' is too long for that.", "income 5000 salary");
        }

        return new AddIncome(amount, source, note.Value, dated.Date);
    }

    // "income 5000 salary" → salary: the first word with a letter in it, trimmed of punctuation.
    private static string SourceFrom(IReadOnlyList<Token> noteWords)
    {
        var first = noteWords.Select(t => t.Word.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '-')).FirstOrDefault(w => w.Any(char.IsLetter));
        return first ?? DefaultSource;
    }

    private static Parsed<(decimal Amount, DatedWords Dated)> AroundAmount(IReadOnlyList<Token> args, string missingAll, string example, ParseContext context)
    {
        if (args.Count == 0) return Parsed<(decimal, DatedWords)>.Fail(Replies.Reason(missingAll, example));
        var at = AmountParser.FindFirst(args);
        if (at < 0) return Parsed<(decimal, DatedWords)>.Fail(Replies.Reason("I couldn't find an amount in that.", example));
        var amount = AmountParser.Read(args, at, example);
        if (amount.Failed) return Parsed<(decimal, DatedWords)>.Fail(amount.Error);

        var words = args.Slice(0, at).Concat(args.From(amount.Value.End)).ToList();
        var dated = DatePhrases.Extract(words, context.Today, dueAllowed: false, example);
        if (dated.Failed) return Parsed<(decimal, DatedWords)>.Fail(dated.Error);
        return Parsed<(decimal, DatedWords)>.Ok((amount.Value.Value, dated.Value));
    }
}
