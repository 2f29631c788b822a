using System.Globalization;

namespace KhataBot.Core.Parsing;

/// <summary>Monthly budgets per expense category ("budget food 5000", "set budget transport 2000") and the
/// shop's own categories ("category add packaging").</summary>
internal static class BudgetGrammar
{
    private const int MaxCategoryLength = 30;

    private static readonly HashSet<string> BudgetFiller = ["for", "of", "on", "to", "="];

    private static readonly HashSet<string> AddWords = ["add", "new", "create", "banao"];

    /// <summary>The words after "budget"; with none, the shopkeeper wants to see the budgets.</summary>
    public static Command Budget(IReadOnlyList<Token> args, ParseContext context)
    {
        if (args.Count == 0) return new ShowBudgets();

        var at = AmountParser.FindFirst(args);
        if (at < 0) return Replies.Fail("How much is the budget for a month?", Examples.Budget);
        var amount = AmountParser.Read(args, at, Examples.Budget);
        if (amount.Failed) return amount.AsUnparseable();

        // Either order works: "budget food 5000" and "budget 5000 for food".
        var words = args.Slice(0, at).Concat(args.From(amount.Value.End)).Where(t => !BudgetFiller.Contains(t.Word)).ToList();
        if (words.Count == 0) return Replies.Fail("Which category is the budget for?", Examples.Budget);

        var typed = words.JoinText();
        if (CategoryKeywords.Known(typed, context) is not { } category)
        {
            return Replies.Fail(
                $"I don't know the category '{typed}'. Categories: {CategoryKeywords.List(context)}. To add one: category add {typed.ToLowerInvariant()}.",
                Examples.Budget);
        }

        return new SetBudget(category, amount.Value.Value);
    }

    /// <summary>"category add packaging" (args: "add packaging") or "add category packaging" (args: "packaging").</summary>
    public static Command AddCategory(IReadOnlyList<Token> args, ParseContext context)
    {
        var nameWords = args.Count > 0 && AddWords.Contains(args[0].Word) ? args.From(1) : args;
        if (nameWords.Count == 0) return Replies.Fail("What should the new category be called?", Examples.Category);
        if (nameWords.Count > 1) return Replies.Fail("A category is one word (use - to join words, like cold-drinks).", Examples.Category);

        var name = nameWords[0].Word;
        if (!name.Any(char.IsLetter) || !name.All(IsCategoryCharacter))
        {
            return Replies.Fail("A category name can only have letters, numbers, - and _.", Examples.Category);
        }

        if (name.Length > MaxCategoryLength)
        {
            return Replies.Fail($"That category name is too long ({name.Length} characters; the limit is {MaxCategoryLength}).", Examples.Category);
        }

        if (CategoryKeywords.IsCategory(name, context))
        {
            return Replies.Fail($"'{name}' is already a category. Categories: {CategoryKeywords.List(context)}.", Examples.Category);
        }

        return new AddCategory(name);
    }

    // Letters of any script (with their vowel signs), digits, and - or _ to join words: one word, so that
    // "spent 300 packaging tape" can tell the category from the note.
    private static bool IsCategoryCharacter(char c) =>
        char.IsLetterOrDigit(c) || c is '-' or '_' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
