using System.Globalization;
using System.Text;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// How wide a text is drawn, from DejaVu Sans's advance widths, so labels can be spaced and shortened
/// before any renderer sees them. Outside printable ASCII it assumes a wide glyph: overestimating only
/// leaves a little more room.
/// </summary>
internal static class TextWidth
{
    private const char Ellipsis = '…';

    /// <summary>Advance widths of U+0020 to U+007E in thousandths of an em (DejaVu Sans Book, from its hmtx table).</summary>
    private static readonly short[] Ascii = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838];

    private const double Other = 0.70;
    private const double BoldFactor = 1.1;

    public static double Of(string text, double fontSize, bool bold = false)
    {
        var ems = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += Em(rune);
        }

        return ems * fontSize * (bold ? BoldFactor : 1.0);
    }

    /// <summary>The text itself if it fits, else as much of it as fits followed by "…", cut between whole
    /// characters as a reader sees them (a Devanagari syllable keeps its vowel signs).</summary>
    public static string Shorten(string text, double maxWidth, double fontSize, bool bold = false)
    {
        if (Of(text, fontSize, bold) <= maxWidth)
        {
            return text;
        }

        var room = maxWidth - Of(Ellipsis.ToString(), fontSize, bold);
        var kept = new StringBuilder();
        var width = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            width += Of(element, fontSize, bold);
            if (width > room) break;
            kept.Append(element);
        }

        return kept.ToString().TrimEnd() + Ellipsis;
    }

    private static double Em(Rune rune) =>
        rune.Value is >= 0x20 and <= 0x7E ? Ascii[rune.Value - 0x20] / 1000.0
        : rune.Value == 0x20B9 ? 0.636 // ₹
        : Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format ? 0.0
        : Other;
}
