using KhataBot.Core.Money;

namespace KhataBot.Infrastructure.Charts;

/// <summary>Lays out the axes, grid and labels of a vertical chart, and has the bars and lines painted inside.</summary>
internal static class CartesianLayout
{
    private const double TickGap = 12;

    public static string Draw(Chart chart, CartesianPlot plot, CategoryColours colours)
    {
        plot.ThrowIfRagged();
        if (plot.IsEmpty)
        {
            return ChartChrome.Empty(chart);
        }

        var size = chart.Size;
        var svg = new SvgWriter(size);
        var top = ChartChrome.Heading(svg, chart.Heading, size);
        var legend = plot.Bars.Select(s => new LegendItem(s.Name, colours.For(s.Name)))
            .Concat(plot.Lines.Select(s => new LegendItem(s.Name, colours.For(s.Name), IsLine: true)))
            .ToList();
        if (legend.Count > 1)
        {
            top = Legend.Draw(svg, legend, ChartStyle.Padding, size.Width - ChartStyle.Padding, top);
        }

        var left = plot.LeftScale();
        var right = plot.RightScale();
        var leftLabels = left.Ticks.Select(IndianMoneyAxis.Format).ToList();
        var rightLabels = right?.Ticks.Select(IndianMoneyAxis.Format).ToList() ?? [];
        var plotLeft = ChartStyle.Padding + Widest(leftLabels) + TickGap;
        var plotRight = size.Width - ChartStyle.Padding - (right is null ? 0 : Widest(rightLabels) + TickGap);
        var xLabels = XLabelPlan.For(plot.X, (plotRight - plotLeft) / plot.X.Labels.Count);
        var area = new PlotArea(plotLeft, top + 28, plotRight, size.Height - ChartStyle.Padding * 0.75 - xLabels.Height, plot.X.Labels.Count);

        Grid(svg, area, left, leftLabels);
        if (right is not null)
        {
            RightAxis(svg, area, right, rightLabels, colours.For(plot.Lines[0].Name));
        }

        BarPainter.Draw(svg, area, left, plot, colours);
        LinePainter.Draw(svg, area, right ?? left, plot.Lines, plot.Area, colours);
        XLabels(svg, area, xLabels);
        return svg.ToString();
    }

    private static double Widest(IEnumerable<string> labels) => labels.Max(l => TextWidth.Of(l, ChartStyle.AxisSize));

    private static void Grid(SvgWriter svg, PlotArea area, NiceScale scale, IReadOnlyList<string> labels)
    {
        var ticks = scale.Ticks;
        for (var i = 0; i < ticks.Count; i++)
        {
            var y = area.Y(scale, ticks[i]);
            var isZero = ticks[i] == 0;
            svg.Line(area.Left, y, area.Right, y, isZero ? ChartStyle.ZeroLine : ChartStyle.Grid, isZero ? 2 : 1, isZero ? "zero" : "grid");
            svg.Text(area.Left - TickGap, y + ChartStyle.AxisSize * 0.35, labels[i], ChartStyle.AxisSize, ChartStyle.SoftInk, TextAnchor.End, "y-label");
        }
    }

    /// <summary>The second axis's labels are in its line's colour, so a reader knows which axis to read it on.</summary>
    private static void RightAxis(SvgWriter svg, PlotArea area, NiceScale scale, IReadOnlyList<string> labels, string colour)
    {
        var ticks = scale.Ticks;
        for (var i = 0; i < ticks.Count; i++)
        {
            svg.Text(area.Right + TickGap, area.Y(scale, ticks[i]) + ChartStyle.AxisSize * 0.35, labels[i], ChartStyle.AxisSize, colour, cssClass: "y-label-right");
        }
    }

    private static void XLabels(SvgWriter svg, PlotArea area, XLabelPlan plan)
    {
        for (var i = 0; i < plan.Texts.Count; i++)
        {
            if (!plan.Shows(i)) continue;
            if (plan.Tilted)
            {
                var x = area.Centre(i) + ChartStyle.AxisSize * 0.3;
                var y = area.Bottom + 14;
                svg.Text(x, y, plan.Texts[i], ChartStyle.AxisSize, ChartStyle.SoftInk, TextAnchor.End, "x-label", rotate: -45);
            }
            else
            {
                svg.Text(area.Centre(i), area.Bottom + 8 + ChartStyle.AxisSize, plan.Texts[i], ChartStyle.AxisSize, ChartStyle.SoftInk, TextAnchor.Middle, "x-label");
            }
        }
    }

    /// <summary>The full amount where it fits ("₹1,20,000"), the short one where only that fits, else none.</summary>
    internal static Func<decimal, string>? ValueFormat(IEnumerable<decimal> values, double room)
    {
        var shown = values.Where(v => v != 0).ToList();
        if (shown.All(v => TextWidth.Of(IndianMoney.Format(v), ChartStyle.ValueSize) <= room)) return IndianMoney.Format;
        if (shown.All(v => TextWidth.Of(IndianMoneyAxis.Format(v), ChartStyle.ValueSize) <= room)) return IndianMoneyAxis.Format;
        return null;
    }
}
