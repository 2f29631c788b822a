using System.Globalization;
using System.Text;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Writes SVG elements into one string. Every text and attribute goes through <see cref="Escape"/>, so a
/// customer called "Tom &amp; &lt;Jerry&gt;" is drawn as typed and can never break the document.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder svg = new(24 * 1024);

    public SvgWriter(ChartSize size)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="{size.Width}" height="{size.Height}" viewBox="0 0 {size.Width} {size.Height}" font-family="{ChartStyle.FontFamily}">""");
        Rect(0, 0, size.Width, size.Height, ChartStyle.Background, "background");
    }

    public void Rect(double x, double y, double width, double height, string fill, string? cssClass = null, params ReadOnlySpan<(string Name, string Value)> data)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.##}" y="{y:0.##}" width="{width:0.##}" height="{height:0.##}" fill="{fill}" """);
        Attributes(cssClass, data);
        svg.Append("/>");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth, string? cssClass = null, string? dash = null)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x1:0.##}" y1="{y1:0.##}" x2="{x2:0.##}" y2="{y2:0.##}" stroke="{stroke}" stroke-width="{strokeWidth:0.##}" """);
        if (dash is not null) svg.Append($"""stroke-dasharray="{dash}" """);
        Attributes(cssClass, []);
        svg.Append("/>");
    }

    /// <summary>A path; <paramref name="d"/> is built by this layer from numbers only, never from user text.</summary>
    public void Path(string d, string fill, string? stroke = null, double strokeWidth = 0, string? cssClass = null, double opacity = 1, params ReadOnlySpan<(string Name, string Value)> data)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="{d}" fill="{fill}" """);
        if (stroke is not null) svg.Append(CultureInfo.InvariantCulture, $"""stroke="{stroke}" stroke-width="{strokeWidth:0.##}" stroke-linejoin="round" stroke-linecap="round" """);
        if (opacity < 1) svg.Append(CultureInfo.InvariantCulture, $"""fill-opacity="{opacity:0.##}" """);
        Attributes(cssClass, data);
        svg.Append("/>");
    }

    public void Circle(double cx, double cy, double r, string fill, string stroke, double strokeWidth)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"""<circle cx="{cx:0.##}" cy="{cy:0.##}" r="{r:0.##}" fill="{fill}" stroke="{stroke}" stroke-width="{strokeWidth:0.##}"/>""");
    }

    public void Text(double x, double y, string text, double size, string fill, TextAnchor anchor = TextAnchor.Start,
        string? cssClass = null, bool bold = false, double rotate = 0, bool halo = false)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x:0.##}" y="{y:0.##}" font-size="{size:0.##}" fill="{fill}" """);
        if (anchor != TextAnchor.Start) svg.Append(anchor == TextAnchor.Middle ? """text-anchor="middle" """ : """text-anchor="end" """);
        if (bold) svg.Append("""font-weight="bold" """);
        if (halo) svg.Append("""stroke="#FFFFFF" stroke-width="5" stroke-linejoin="round" paint-order="stroke" """);
        if (rotate != 0) svg.Append(CultureInfo.InvariantCulture, $"""transform="rotate({rotate:0.##} {x:0.##} {y:0.##})" """);
        Attributes(cssClass, []);
        svg.Append('>');
        Escape(text);
        svg.Append("</text>");
    }

    public override string ToString() => svg.ToString() + "</svg>";

    private void Attributes(string? cssClass, ReadOnlySpan<(string Name, string Value)> data)
    {
        if (cssClass is not null) svg.Append("class=\"").Append(cssClass).Append("\" ");
        foreach (var (name, value) in data)
        {
            svg.Append("data-").Append(name).Append("=\"");
            Escape(value);
            svg.Append("\" ");
        }
    }

    private void Escape(string text) => SvgText.AppendEscaped(svg, text);
}

internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
