namespace KhataBot.Core.Parsing;

/// <summary>
/// The book is kept in rupees: an amount written in another currency ("add Ramesh 50 USD", "$50",
/// "spent €20", "AED 100") is refused with a clear reply, never booked as that many rupees. Words count
/// only next to a number, so a note that merely mentions dollars is not refused; "pound" is left out, as
/// it is also a weight.
/// </summary>
internal static class ForeignCurrency
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["usd"] = "US dollars", ["dollar"] = "dollars", ["dollars"] = "dollars", ["us$"] = "US dollars",
        ["aed"] = "dirhams (AED)", ["dirham"] = "dirhams", ["dirhams"] = "dirhams",
        ["eur"] = "euros", ["euro"] = "euros", ["euros"] = "euros", ["gbp"] = "pounds (GBP)",
        ["sgd"] = "Singapore dollars", ["cad"] = "Canadian dollars", ["aud"] = "Australian dollars",
        ["jpy"] = "yen", ["yen"] = "yen", ["cny"] = "yuan", ["yuan"] = "yuan", ["rmb"] = "yuan",
        ["riyal"] = "riyals", ["riyals"] = "riyals", ["qar"] = "riyals (QAR)", ["omr"] = "rials (OMR)",
        ["kwd"] = "dinars (KWD)", ["bhd"] = "dinars (BHD)", ["npr"] = "Nepali rupees", ["pkr"] = "Pakistani rupees",
        ["lkr"] = "Sri Lankan rupees", ["bdt"] = "taka", ["taka"] = "taka", ["chf"] = "francs",
    };

    private static readonly Dictionary<char, string> Symbols = new()
    {
        ['$'] = "dollars", ['€'] = "euros", ['£'] = "pounds", ['¥'] = "yen", ['₩'] = "won", ['₽'] = "roubles", ['¢'] = "cents",
    };

    /// <summary>The refusal for a message with a foreign amount, or null.</summary>
    public static Unparseable? Refusal(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Named(tokens, i) is { } currency)
            {
                return Replies.Fail($"This book is kept in rupees (₹), so {currency} can't be booked. Write the amount in rupees.", Examples.Credit);
            }
        }

        return null;
    }

    private static string? Named(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Word;
        // "$50", "50$", "€20", "usd50", "50usd": a symbol or code glued to digits.
        if (word.Any(char.IsAsciiDigit))
        {
            foreach (var c in word)
            {
                if (Symbols.TryGetValue(c, out var symbol)) return symbol;
            }

            var letters = new string([.. word.Where(char.IsAsciiLetter)]);
            if (letters.Length > 0 && Words.TryGetValue(letters, out var glued) && word.Trim('.', ',').All(c => char.IsAsciiDigit(c) || char.IsAsciiLetter(c) || c is '.' or ',')) return glued;
            return null;
        }

        // "50 USD", "USD 50", "$ 50": a currency beside a number.
        var name = Words.TryGetValue(word, out var named) ? named : word.Length == 1 && Symbols.TryGetValue(word[0], out var alone) ? alone : null;
        if (name is null) return null;
        var beside = (i > 0 && AmountParser.StartsAt(tokens, i - 1)) || (i + 1 < tokens.Count && AmountParser.StartsAt(tokens, i + 1));
        return beside ? name : null;
    }
}
