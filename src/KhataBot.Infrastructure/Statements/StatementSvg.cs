using KhataBot.Infrastructure.Charts;
using System.Globalization;
using System.Text;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// One A4 page of a statement as SVG, in points (the PDF's own unit), for librsvg to draw onto cairo's PDF
/// surface. Every text goes through <see cref="Escape"/>, so a customer called "Tom &amp; &lt;Jerry&gt;" is
/// printed as typed and can never break the document.
/// </summary>
internal sealed class StatementSvg
{
    /// <summary>A4, 210 × 297 mm, in points.</summary>
    public const double Width = 595.28;
    public const double Height = 841.89;

    /// <summary>Named, not left to fontconfig: DejaVu Sans for Latin, digits and ₹; Pango takes Devanagari from
    /// Lohit Devanagari, which DejaVu lacks, and shapes it with HarfBuzz.</summary>
    private const string Fonts = $"{StatementFonts.Latin}, {StatementFonts.Devanagari}";

    private readonly StringBuilder _svg = new(16 * 1024);

    public StatementSvg()
    {
        _svg.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" font-family="{Fonts}">""");
    }

    /// <summary>Text whose top (the font's ascent) is at <paramref name="top"/>, as the layout thinks in lines
    /// from the top of the page; SVG places text by its baseline.</summary>
    public void Text(double x, double top, string text, TextStyle style, Align align = Align.Left, string fill = "#000000")
    {
        var baseline = top + style.Ascent;
        _svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x:0.##}" y="{baseline:0.##}" font-size="{style.Size:0.##}" fill="{fill}" """);
        if (style.Bold) _svg.Append("""font-weight="bold" """);
        if (align == Align.Right) _svg.Append("""text-anchor="end" """);
        _svg.Append('>');
        Escape(text);
        _svg.Append("</text>");
    }

    public void Rect(double x, double y, double width, double height, string fill) =>
        _svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.##}" y="{y:0.##}" width="{width:0.##}" height="{height:0.##}" fill="{fill}"/>""");

    public void Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth) =>
        _svg.Append(CultureInfo.InvariantCulture,
            $"""<line x1="{x1:0.##}" y1="{y1:0.##}" x2="{x2:0.##}" y2="{y2:0.##}" stroke="{stroke}" stroke-width="{strokeWidth:0.##}"/>""");

    public override string ToString() => _svg + "</svg>";

    private void Escape(string text) => SvgText.AppendEscaped(_svg, text);
}

internal enum Align
{
    Left,
    Right,
}
