using System.Globalization;

namespace KhataBot.Infrastructure.Charts;

/// <summary>Paints grouped or stacked bars and the amounts over them.</summary>
internal static class BarPainter
{
    /// <summary>How much of its slot a group of bars takes; the rest separates the groups.</summary>
    private const double GroupShare = 0.72;

    /// <summary>A bar that is not zero stays visible next to one a thousand times larger; its label gives the amount.</summary>
    private const double MinHeight = 3;

    public static void Draw(SvgWriter svg, PlotArea area, NiceScale scale, CartesianPlot plot, CategoryColours colours)
    {
        if (plot.Bars.Count == 0) return;

        var stacked = plot.Mode == BarMode.Stacked;
        var group = area.Slot * GroupShare;
        var barWidth = stacked ? group : group / plot.Bars.Count;
        var inset = barWidth > 8 ? 1.0 : 0.0;
        var labels = new List<(double X, double Y, decimal Value)>();

        for (var i = 0; i < plot.X.Labels.Count; i++)
        {
            var groupLeft = area.Centre(i) - group / 2;
            decimal up = 0, down = 0;
            for (var s = 0; s < plot.Bars.Count; s++)
            {
                var series = plot.Bars[s];
                var value = series.Values[i];
                if (value == 0) continue;

                var from = stacked ? (value > 0 ? up : down) : 0m;
                var to = from + value;
                if (stacked && value > 0) up = to;
                if (stacked && value < 0) down = to;

                var yFrom = area.Y(scale, from);
                var height = Math.Max(MinHeight, Math.Abs(area.Y(scale, to) - yFrom));
                var y = value > 0 ? yFrom - height : yFrom;
                var x = stacked ? groupLeft : groupLeft + s * barWidth;
                svg.Rect(x + inset, y, barWidth - 2 * inset, height, colours.For(series.Name), "bar",
                    ("series", series.Name), ("label", plot.X.Labels[i]), ("value", value.ToString(CultureInfo.InvariantCulture)));
                if (!stacked) labels.Add((x + barWidth / 2, value > 0 ? y : y + height, value));
            }

            if (stacked && up != 0) labels.Add((area.Centre(i), area.Y(scale, up), up));
        }

        var room = stacked || plot.Bars.Count == 1 ? area.Slot * 0.96 : barWidth + 2;
        var format = CartesianLayout.ValueFormat(labels.Select(l => l.Value), room);
        if (format is null) return;

        foreach (var (x, y, value) in labels)
        {
            var baseline = value > 0 ? y - 8 : y + 8 + ChartStyle.ValueSize;
            svg.Text(x, baseline, format(value), ChartStyle.ValueSize, ChartStyle.Ink, TextAnchor.Middle, "value", halo: true);
        }
    }
}
