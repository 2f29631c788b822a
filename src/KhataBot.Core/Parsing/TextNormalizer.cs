using System.Globalization;
using System.Text;

namespace KhataBot.Core.Parsing;

/// <summary>
/// Turns whatever a chat app delivered into one clean line, so the grammar only ever sees single spaces
/// between words: line breaks and control characters become spaces, invisible formatting characters go,
/// Devanagari digits become 0-9 (a shopkeeper may type ५००), and text is NFC so Devanagari names compare
/// equal however the keyboard composed them.
/// </summary>
internal static class TextNormalizer
{
    // Joiners change how Indic scripts (and emoji) render, so they are part of the text, unlike other
    // format characters (zero-width spaces, byte order marks) that only hide in pasted text.
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    public static string Normalize(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";

        var cleaned = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                cleaned.Append(c).Append(raw[++i]);
                continue;
            }

            if (char.IsSurrogate(c)) continue; // half a pair is not text, and would make Normalize throw
            if (char.IsWhiteSpace(c) || char.IsControl(c)) cleaned.Append(' ');
            else if (c is >= '\u0966' and <= '\u096F') cleaned.Append((char)('0' + (c - '\u0966')));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format || c is ZeroWidthJoiner or ZeroWidthNonJoiner) cleaned.Append(c);
        }

        var text = cleaned.ToString();
        try
        {
            text = text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Only invalid code points make Normalize throw; the text stays usable as it is.
        }

        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
