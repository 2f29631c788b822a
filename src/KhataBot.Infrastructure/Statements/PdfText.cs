using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// Draws text in one size and weight, switching to the Devanagari font for Devanagari runs.
/// PDFsharp places glyphs one after another and does not shape complex scripts (no OpenType GSUB/GPOS):
/// simple names such as "रमेश" look right, because their vowel signs follow the consonant, but conjuncts
/// (क्ष) show as the consonant with a visible virama, and the short i sign (ि) is drawn after its consonant
/// instead of before it. The text layer still holds the characters as typed, so copying and search work.
/// </summary>
internal sealed class PdfText
{
    // Unicode (Identity-H with a ToUnicode map) so ₹ and Devanagari are embedded and read back as typed.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly XFont _latin;
    private readonly XFont _devanagari;

    public PdfText(double size, bool bold = false)
    {
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
        _latin = new XFont(StatementFonts.Latin, size, style, Unicode);
        _devanagari = new XFont(StatementFonts.Devanagari, size, style, Unicode);
        Size = size;
    }

    public double Size { get; }

    public double Width(XGraphics gfx, string text) =>
        ScriptRuns.Split(text).Sum(run => gfx.MeasureString(run.Text, FontFor(run.Devanagari)).Width);

    /// <summary>Draws with the top-left corner at (x, y).</summary>
    public void Draw(XGraphics gfx, string text, double x, double y, XBrush? brush = null)
    {
        foreach (var (run, devanagari) in ScriptRuns.Split(text))
        {
            var font = FontFor(devanagari);
            gfx.DrawString(run, font, brush ?? XBrushes.Black, x, y, XStringFormats.TopLeft);
            x += gfx.MeasureString(run, font).Width;
        }
    }

    public void DrawRight(XGraphics gfx, string text, double right, double y) => Draw(gfx, text, right - Width(gfx, text), y);

    /// <summary>The text, cut with an ellipsis where it would run past <paramref name="width"/>: long notes
    /// must not spill into the money columns.</summary>
    public string Fit(XGraphics gfx, string text, double width)
    {
        if (Width(gfx, text) <= width) return text;
        var length = text.Length;
        while (length > 0 && Width(gfx, text[..length] + "…") > width) length--;
        if (length > 0 && char.IsHighSurrogate(text[length - 1])) length--;
        return text[..length].TrimEnd() + "…";
    }

    private XFont FontFor(bool devanagari) => devanagari ? _devanagari : _latin;
}
