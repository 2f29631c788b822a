using System.Globalization;
using KhataBot.Core.Ledger;

namespace KhataBot.Core.Parsing;

/// <summary>Customer names as typed: any script (Devanagari too), case kept, spaces collapsed. A handler
/// matches them to customers later; the parser only refuses what cannot be a name.</summary>
internal static class Names
{
    // Hindi particles that attach to a name ("Ramesh ko", "Ramesh se") but are not part of it.
    private static readonly HashSet<string> Particles = ["ko", "ne", "se", "ka", "ki", "ke"];

    public static Parsed<string> Read(IReadOnlyList<Token> tokens, string example)
    {
        var end = tokens.Count;
        while (end > 1 && Particles.Contains(tokens[end - 1].Word)) end--;
        return Check(tokens.Slice(0, end).JoinText(), example);
    }

    public static Parsed<string> Check(string name, string example)
    {
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0) return Fail("I couldn't find the customer's name.", example);
        if (!name.Any(char.IsLetter))
        {
            return Fail(name.All(c => char.IsAsciiDigit(c) || c == ' ') ? $"'{name}' is only numbers; a name needs letters." : $"'{name}' isn't a name; a name needs letters.", example);
        }

        if (name.Length > Customer.MaxNameLength)
        {
            return Fail($"That name is too long ({name.Length} characters; the limit is {Customer.MaxNameLength}).", example);
        }

        if (!name.All(IsNameCharacter))
        {
            return Fail("A name can only have letters, numbers, spaces, dots, apostrophes, hyphens and &.", example);
        }

        return Parsed<string>.Ok(name);
    }

    private static bool IsNameCharacter(char c) =>
        char.IsLetterOrDigit(c)
        || c is ' ' or '.' or '\'' or '’' or '-' or '&' or '\u200C' or '\u200D'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static Parsed<string> Fail(string problem, string example) => Parsed<string>.Fail(Replies.Reason(problem, example));
}

/// <summary>Free text kept with an entry. Anything goes (emoji too) as long as it fits.</summary>
internal static class Notes
{
    /// <summary>Words that only join an amount to what follows ("spent 1200 on electricity").</summary>
    public static readonly IReadOnlySet<string> Connectors = new HashSet<string> { "on", "for", "of" };

    public static Parsed<string?> Read(IEnumerable<Token> tokens, string example)
    {
        var note = tokens.JoinRaw().Trim().Trim(',').Trim();
        if (note.Length == 0) return Parsed<string?>.Ok(null);
        if (note.Length > Entry.MaxNoteLength)
        {
            return Parsed<string?>.Fail(Replies.Reason($"That note is too long ({note.Length} characters; the limit is {Entry.MaxNoteLength}).", example));
        }

        return Parsed<string?>.Ok(note);
    }
}
