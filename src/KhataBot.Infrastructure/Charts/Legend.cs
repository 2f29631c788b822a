namespace KhataBot.Infrastructure.Charts;

internal sealed record LegendItem(string Name, string Colour, bool IsLine = false);

/// <summary>A row of swatches and names under the heading, wrapping when it runs out of width.</summary>
internal static class Legend
{
    private const double Swatch = 22;
    private const double LineSwatch = 34;
    private const double RowHeight = 36;
    private const double MaxNameWidth = 320;

    /// <summary>Draws the items from <paramref name="top"/> and returns where the content below may start.</summary>
    public static double Draw(SvgWriter svg, IReadOnlyList<LegendItem> items, double left, double right, double top)
    {
        var x = left;
        var y = top;
        foreach (var item in items)
        {
            var name = TextWidth.Shorten(item.Name, MaxNameWidth, ChartStyle.LegendSize);
            var swatchWidth = item.IsLine ? LineSwatch : Swatch;
            var width = swatchWidth + 10 + TextWidth.Of(name, ChartStyle.LegendSize);
            if (x > left && x + width > right)
            {
                x = left;
                y += RowHeight;
            }

            if (item.IsLine)
            {
                svg.Line(x, y + Swatch / 2, x + LineSwatch, y + Swatch / 2, item.Colour, 4, "legend-swatch");
            }
            else
            {
                svg.Rect(x, y, Swatch, Swatch, item.Colour, "legend-swatch");
            }

            svg.Text(x + swatchWidth + 10, y + Swatch * 0.85, name, ChartStyle.LegendSize, ChartStyle.Ink, cssClass: "legend");
            x += width + 32;
        }

        return y + RowHeight;
    }
}
