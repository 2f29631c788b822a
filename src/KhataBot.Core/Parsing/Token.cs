namespace KhataBot.Core.Parsing;

/// <summary>One word of a message, in three forms because different parts of a command need different ones:
/// <see cref="Raw"/> exactly as typed (notes and addresses keep their commas), <see cref="Text"/> without
/// trailing sentence punctuation (names), and <see cref="Word"/>, its lower case, for matching.</summary>
internal sealed record Token(string Raw, string Text)
{
    public string Word { get; } = Text.ToLowerInvariant();

    public override string ToString() => Raw;
}

internal static class Tokenizer
{
    /// <summary>Splits a normalised message into words. A comma or "!" glued to a word ("Ramesh, 500")
    /// is punctuation, not part of the word; so is a full stop after the last word ("paid Ramesh 200.").</summary>
    public static List<Token> Split(string normalized)
    {
        var raws = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<Token>(raws.Length);
        for (var i = 0; i < raws.Length; i++)
        {
            var text = raws[i].TrimEnd(',', '!', '?');
            if (i == raws.Length - 1) text = text.TrimEnd('.');
            if (text.Length > 0) tokens.Add(new Token(raws[i], text));
        }

        return tokens;
    }

    public static IReadOnlyList<Token> Slice(this IReadOnlyList<Token> tokens, int start, int end) =>
        start >= end ? [] : tokens.Skip(start).Take(end - start).ToList();

    public static IReadOnlyList<Token> From(this IReadOnlyList<Token> tokens, int start) => tokens.Slice(start, tokens.Count);

    public static string JoinText(this IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Text));

    public static string JoinRaw(this IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Raw));

    /// <summary>Drops words like "on" and "for" that only join the amount to what follows it.</summary>
    public static IReadOnlyList<Token> SkipLeading(this IReadOnlyList<Token> tokens, IReadOnlySet<string> words)
    {
        var start = 0;
        while (start < tokens.Count && words.Contains(tokens[start].Word)) start++;
        return tokens.From(start);
    }
}
