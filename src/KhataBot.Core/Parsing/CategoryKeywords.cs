using KhataBot.Core.Budgets;

namespace KhataBot.Core.Parsing;

/// <summary>
/// Picks an expense's category: a category name right after the amount ("expense 450 transport auto
/// fare"), else the first word of the note that hints at one ("spent 300 tea" is food), else others.
/// </summary>
internal static class CategoryKeywords
{
    private static readonly Dictionary<string, string> Keywords = Build([.. CategoryWords.Table]);

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
    /// <param name="afterFor">The words followed a "for" the caller took off ("spent 200 for staff").</param>
    public static (string Category, IReadOnlyList<Token> Note) Choose(IReadOnlyList<Token> words, ParseContext context, bool afterFor = false)
    {
        if (words.Count > 0 && Known(words[0].Word, context) is { } named) return (named, words.From(1));

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var bare = word.Word.Trim('.', ',', ';', ':', '(', ')', '"', '\'');
            if (ForPeople(words, i, bare) || (i == 0 && afterFor && CategoryWords.People.Contains(bare))) continue;
            if (Known(bare, context) is { } category) return (category, words);
            if (Keywords.TryGetValue(bare, out var hinted)) return (hinted, words);
        }

        return (Categories.Fallback, words);
    }

    // "tea for staff", "staff ke liye nashta": who it was for.
    private static bool ForPeople(IReadOnlyList<Token> words, int i, string bare) =>
        CategoryWords.People.Contains(bare)
        && ((i > 0 && words[i - 1].Word is "for" or "ko") || (i + 1 < words.Count && words[i + 1].Word is "ke" or "ki" or "liye" or "lie" or "liya"));

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
