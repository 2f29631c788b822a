using System.Globalization;
using KhataBot.Core.Money;

namespace KhataBot.Infrastructure.Charts;

/// <summary>A ring of slices on the left with the total in its hole, and a legend of names, amounts and shares on the right.</summary>
internal static class DonutLayout
{
    private const double HoleShare = 0.58;

    /// <summary>A share smaller than this is too thin a wedge to hold its label; the legend still gives it.</summary>
    private const int MinLabelledPercent = 4;

    public static string Draw(DonutChart chart, CategoryColours colours)
    {
        var slices = DonutSlices.Fold(chart.Slices, chart.MaxSlices);
        if (slices.Count == 0)
        {
            return ChartChrome.Empty(chart);
        }

        var size = chart.Size;
        var svg = new SvgWriter(size);
        var top = ChartChrome.Heading(svg, chart.Heading, size) + 10;
        var bottom = size.Height - ChartStyle.Padding;
        var radius = Math.Min((bottom - top) / 2, size.Width * 0.24);
        var cx = ChartStyle.Padding + 20 + radius;
        var cy = (top + bottom) / 2;

        var start = 0.0;
        foreach (var slice in slices)
        {
            var sweep = (double)(slice.Value / slices.Sum(s => s.Value)) * 360;
            var colour = colours.For(slice.Name);
            svg.Path(DonutPath.Ring(cx, cy, radius, radius * HoleShare, start, sweep), colour, "#FFFFFF", 3, "slice",
                data: [("name", slice.Name), ("value", slice.Value.ToString(CultureInfo.InvariantCulture)), ("percent", slice.Percent.ToString(CultureInfo.InvariantCulture))]);
            if (slice.Percent >= MinLabelledPercent)
            {
                var (x, y) = DonutPath.Point(cx, cy, radius * (1 + HoleShare) / 2, start + sweep / 2);
                svg.Text(x, y + ChartStyle.LegendSize * 0.35, $"{slice.Percent}%", ChartStyle.LegendSize, CategoryColours.TextOn(colour), TextAnchor.Middle, "percent", bold: true);
            }

            start += sweep;
        }

        Total(svg, cx, cy, radius * HoleShare * 2 - 20, slices.Sum(s => s.Value));
        LegendTable(svg, slices, colours, cx + radius + 70, size.Width - ChartStyle.Padding, top, bottom);
        return svg.ToString();
    }

    private static void Total(SvgWriter svg, double cx, double cy, double width, decimal total)
    {
        svg.Text(cx, cy - 12, "Total", ChartStyle.LegendSize, ChartStyle.SoftInk, TextAnchor.Middle, "total-caption");
        var amount = IndianMoney.Format(total);
        var text = TextWidth.Of(amount, 32, bold: true) <= width ? amount : IndianMoneyAxis.Format(total);
        svg.Text(cx, cy + 28, text, 32, ChartStyle.Ink, TextAnchor.Middle, "total", bold: true);
    }

    /// <summary>A share that rounds to 0% is still not nothing.</summary>
    private static string Share(DonutSlice slice) => slice.Percent == 0 ? "<1%" : $"{slice.Percent}%";

    /// <summary>Name, amount and share for every slice, the amounts and shares in right-aligned columns.</summary>
    private static void LegendTable(SvgWriter svg, IReadOnlyList<DonutSlice> slices, CategoryColours colours, double left, double right, double top, double bottom)
    {
        const double size = ChartStyle.LegendSize;
        var rowHeight = Math.Min(56, (bottom - top) / slices.Count);
        var percentWidth = TextWidth.Of("100%", size);
        var amounts = slices.Select(s => IndianMoney.Format(s.Value)).ToList();
        var amountRight = right - percentWidth - 20;
        var nameRoom = amountRight - amounts.Max(a => TextWidth.Of(a, size)) - 20 - (left + 36);
        var y = top + (bottom - top - rowHeight * slices.Count) / 2;

        for (var i = 0; i < slices.Count; i++, y += rowHeight)
        {
            var slice = slices[i];
            var name = slice.Folded > 0 ? $"{slice.Name} ({slice.Folded})" : slice.Name;
            var baseline = y + rowHeight / 2 + size * 0.35;
            svg.Rect(left, y + rowHeight / 2 - 12, 24, 24, colours.For(slice.Name), "legend-swatch");
            svg.Text(left + 36, baseline, TextWidth.Shorten(name, nameRoom, size), size, ChartStyle.Ink, cssClass: "legend");
            svg.Text(amountRight, baseline, amounts[i], size, ChartStyle.Ink, TextAnchor.End, "legend-amount");
            svg.Text(right, baseline, Share(slice), size, ChartStyle.SoftInk, TextAnchor.End, "legend-percent", bold: true);
        }
    }
}
