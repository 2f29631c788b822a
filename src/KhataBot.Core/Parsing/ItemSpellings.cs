namespace KhataBot.Core.Parsing;

/// <summary>
/// One item, the ways shopkeepers spell it: "how much did I spend on tea" must count the entries written
/// "chai" and "चाय" too. One group per line, so a missing spelling is one word to add.
/// </summary>
internal static class ItemSpellings
{
    private static readonly string[][] Groups =
    [
        ["tea", "chai", "chaay", "chay", "chaai", "chaa", "चाय"],
        ["coffee", "kaafi", "कॉफी"],
        ["milk", "doodh", "dudh", "दूध"],
        ["vegetables", "vegetable", "sabzi", "sabji", "sabjee", "subzi", "सब्जी", "सब्ज़ी"],
        ["snacks", "snack", "nashta", "naashta", "nasta", "नाश्ता"],
        ["biscuit", "biscuits", "biskut", "बिस्कुट"],
        ["food", "khana", "khaana", "meal", "meals", "खाना"],
        ["fruit", "fruits", "phal", "फल"],
        ["sweets", "mithai", "मिठाई"],
        ["eggs", "egg", "anda", "ande"],
        ["petrol", "पेट्रोल"],
        ["diesel", "डीजल", "डीज़ल"],
        ["electricity", "bijli", "light", "बिजली"],
        ["water", "paani", "पानी"],
        ["rent", "kiraya", "kiraaya", "bhada", "bhaada", "किराया", "भाड़ा", "भाडा"],
        ["salary", "salaries", "tankhwah", "tankha", "pagar", "vetan", "तनख्वाह", "पगार", "वेतन"],
        ["goods", "saman", "samaan", "maal", "सामान", "माल"],
    ];

    private static readonly Dictionary<string, string[]> ByWord = Groups
        .SelectMany(group => group.Select(word => (word, group)))
        .ToDictionary(pair => pair.word, pair => pair.group, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every spelling of the item the word names, the word itself first; just the word when it is
    /// not in the table.</summary>
    public static IReadOnlyList<string> Of(string word) =>
        ByWord.TryGetValue(word.Trim(), out var group) ? [word.Trim(), .. group.Where(w => !w.Equals(word.Trim(), StringComparison.OrdinalIgnoreCase))] : [word.Trim()];
}
