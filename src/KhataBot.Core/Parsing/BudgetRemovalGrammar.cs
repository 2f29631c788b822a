namespace KhataBot.Core.Parsing;

/// <summary>"budget food off", "budget food remove", "remove budget food", "budget food hatao": the budget goes.</summary>
internal static class BudgetRemovalGrammar
{
    public const string Example = "budget food off";

    private static readonly HashSet<string> OffWords = ["off", "remove", "delete", "hatao", "band", "cancel", "none", "no"];

    /// <summary>The words after "budget" end (or start) with a word that takes it away.</summary>
    public static bool Removes(IReadOnlyList<Token> args) =>
        args.Count >= 2 && (OffWords.Contains(args[^1].Word) || OffWords.Contains(args[0].Word)) && AmountParser.FindFirst(args) < 0;

    /// <summary>"food off" after "budget", or "food" after "remove budget".</summary>
    public static Command Remove(IReadOnlyList<Token> words, ParseContext context)
    {
        var names = words.Where(t => !OffWords.Contains(t.Word) && t.Word is not ("for" or "of" or "budget")).ToList();
        if (names.Count == 0) return Replies.Fail("Which budget should go?", Example);
        var typed = names.JoinText();
        if (CategoryKeywords.Known(typed, context) is not { } category)
        {
            return Replies.Fail($"I don't know the category '{typed}'. Categories: {CategoryKeywords.List(context)}.", Example);
        }

        return new RemoveBudget(category);
    }
}
