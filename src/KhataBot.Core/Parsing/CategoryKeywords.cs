using KhataBot.Core.Budgets;

namespace KhataBot.Core.Parsing;

/// <summary>
/// Picks an expense's category: a category name right after the amount ("expense 450 transport auto
/// fare"), else the first word of the note that hints at one ("spent 300 tea" is food), else others.
/// </summary>
internal static class CategoryKeywords
{
    private static readonly Dictionary<string, string> Keywords = Build(
        ("food", ["tea", "chai", "coffee", "lunch", "dinner", "breakfast", "snacks", "snack", "nashta", "khana", "meal", "food"]),
        ("transport", ["auto", "taxi", "cab", "bus", "train", "metro", "rickshaw", "petrol", "diesel", "fuel", "fare", "toll", "parking"]),
        ("bills", ["electricity", "bijli", "water", "paani", "phone", "mobile", "internet", "wifi", "recharge", "bill", "bills", "gas"]),
        ("rent", ["rent", "kiraya", "kiraaya", "bhada"]),
        ("salary", ["salary", "salaries", "wages", "wage", "helper", "staff", "mazdoori", "pagar", "tankhwah"]),
        ("stock", ["stock", "goods", "maal", "purchase", "inventory", "saman", "samaan"]));

    public static bool IsCategory(string word, ParseContext context) => Known(word, context) is not null;

    /// <summary>The category as stored (lower case), or null if the shop has no such category.</summary>
    public static string? Known(string word, ParseContext context)
    {
        var lower = word.ToLowerInvariant();
        if (Categories.BuiltIn.Contains(lower)) return lower;
        return context.ShopCategories.Any(c => string.Equals(c, word, StringComparison.OrdinalIgnoreCase)) ? lower : null;
    }

    /// <summary>All categories this shop can use, for replies that list them.</summary>
    public static string List(ParseContext context) =>
        string.Join(", ", Categories.BuiltIn.Concat(context.ShopCategories.Select(c => c.ToLowerInvariant()).Where(c => !Categories.BuiltIn.Contains(c)).Order(StringComparer.Ordinal)));

    /// <summary>The category for the words after an amount, and the words that remain the note.</summary>
    public static (string Category, IReadOnlyList<Token> Note) Choose(IReadOnlyList<Token> words, ParseContext context)
    {
        if (words.Count > 0 && Known(words[0].Word, context) is { } named) return (named, words.From(1));

        foreach (var word in words)
        {
            var bare = word.Word.Trim('.', ',', ';', ':', '(', ')', '"', '\'');
            if (Known(bare, context) is { } category) return (category, words);
            if (Keywords.TryGetValue(bare, out var hinted)) return (hinted, words);
        }

        return (Categories.Fallback, words);
    }

    private static Dictionary<string, string> Build(params (string Category, string[] Words)[] groups)
    {
        var keywords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (category, words) in groups)
        {
            foreach (var word in words) keywords[word] = category;
        }

        return keywords;
    }
}
