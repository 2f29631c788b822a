using System.Text;

namespace KhataBot.Infrastructure.Charts;

/// <summary>Text as SVG (XML 1.0) holds it, for every SVG we write: charts and statement pages.</summary>
internal static class SvgText
{
    /// <summary>Escapes markup, and drops what XML 1.0 cannot hold at all (control characters), which librsvg
    /// would otherwise refuse as a malformed document. A lone surrogate arrives as U+FFFD, which XML allows.</summary>
    public static void AppendEscaped(StringBuilder svg, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '&': svg.Append("&amp;"); break;
                case '<': svg.Append("&lt;"); break;
                case '>': svg.Append("&gt;"); break;
                case '"': svg.Append("&quot;"); break;
                case '\'': svg.Append("&apos;"); break;
                case < 0x20 or 0xFFFE or 0xFFFF: svg.Append(' '); break;
                default:
                    if (rune.IsBmp) svg.Append((char)rune.Value);
                    else svg.Append(rune.ToString());
                    break;
            }
        }
    }
}
