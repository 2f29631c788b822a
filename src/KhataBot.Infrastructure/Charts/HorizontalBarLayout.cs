using System.Globalization;
using KhataBot.Core.Money;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Names on the left, bars from a shared zero, the amount after each bar. For budget use, each bar is the
/// share of its own limit, coloured by how close it is, with dashed markers at 80% and 100%.
/// </summary>
internal static class HorizontalBarLayout
{
    private const decimal NearPercent = 80m;
    private const string Within = "#0072B2";
    private const string Near = "#E69F00";
    private const double MaxNameWidth = 260;
    private const double MinBar = 3;

    /// <summary>A few rows get thick bars rather than a tall empty space below them.</summary>
    private const double MaxRow = 84;

    public static string Draw(HorizontalBarChart chart, CategoryColours colours)
    {
        var limits = chart.ShowsLimits;
        if (chart.Bars.Count == 0 || !limits && chart.Bars.All(b => b.Value == 0))
        {
            return ChartChrome.Empty(chart);
        }

        var size = chart.Size;
        var svg = new SvgWriter(size);
        var top = ChartChrome.Heading(svg, chart.Heading, size);
        if (limits)
        {
            top = Legend.Draw(svg, [new("Under 80%", Within), new("80–100%", Near), new("Over budget", CategoryColours.Alarm)],
                ChartStyle.Padding, size.Width - ChartStyle.Padding, top);
        }

        var values = chart.Bars.Select(b => limits ? b.PercentOfLimit : b.Value).ToList();
        var scale = NiceScale.Covering(values.Min(), Math.Max(values.Max(), limits ? chart.Markers.DefaultIfEmpty(0).Max() : 0));
        var rowsTop = top + (limits ? 34 : 10);
        var room = size.Height - ChartStyle.Padding - ChartStyle.AxisSize - 14 - rowsTop;
        var row = Math.Min(MaxRow, room / chart.Bars.Count);
        var rowsBottom = rowsTop + row * chart.Bars.Count;
        var font = Math.Min(ChartStyle.LegendSize, Math.Max(14, row * 0.7));

        var names = chart.Bars.Select(b => TextWidth.Shorten(b.Label, MaxNameWidth, font)).ToList();
        var amounts = chart.Bars.Select(b => limits ? UseOfLimit(b) : IndianMoney.Format(b.Value)).ToList();
        var left = ChartStyle.Padding + names.Max(n => TextWidth.Of(n, font)) + 16;
        var right = size.Width - ChartStyle.Padding - amounts.Max(a => TextWidth.Of(a, font)) - 12;
        double X(decimal v) => left + scale.Fraction(v) * (right - left);

        Axis(svg, scale, X, rowsTop, rowsBottom, limits);
        var ends = new List<(double X, double Y, string Colour)>();
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var centre = rowsTop + row * (i + 0.5);
            var from = X(0);
            var width = values[i] == 0 ? 0 : Math.Max(MinBar, Math.Abs(X(values[i]) - from));
            var x = values[i] < 0 ? from - width : from;
            var colour = limits ? StatusColour(bar) : Within;
            svg.Rect(x, centre - row * 0.31, width, row * 0.62, colour, "bar", ("label", bar.Label), ("value", bar.Value.ToString(CultureInfo.InvariantCulture)));
            svg.Text(left - 16, centre + font * 0.35, names[i], font, ChartStyle.Ink, TextAnchor.End, "y-label");
            ends.Add((values[i] < 0 ? from + 10 : x + width + 10, centre + font * 0.35, colour));
        }

        // Markers over the bars show where 80% falls on each; amounts over the markers stay readable.
        if (limits)
        {
            Markers(svg, chart.Markers, X, rowsTop, rowsBottom);
        }

        for (var i = 0; i < ends.Count; i++)
        {
            var alarm = ends[i].Colour == CategoryColours.Alarm;
            svg.Text(ends[i].X, ends[i].Y, amounts[i], font, alarm ? CategoryColours.Alarm : ChartStyle.Ink, cssClass: "value", bold: alarm, halo: true);
        }

        return svg.ToString();
    }

    private static string UseOfLimit(HorizontalBar bar) =>
        $"{IndianMoney.Format(bar.Value)} of {IndianMoney.Format(bar.Limit!.Value)} · {Math.Round(bar.PercentOfLimit, 0, MidpointRounding.AwayFromZero)}%";

    private static string StatusColour(HorizontalBar bar) =>
        bar.Value > bar.Limit ? CategoryColours.Alarm : bar.PercentOfLimit >= NearPercent ? Near : Within;

    private static void Markers(SvgWriter svg, IEnumerable<decimal> markers, Func<decimal, double> x, double top, double bottom)
    {
        foreach (var marker in markers)
        {
            svg.Line(x(marker), top - 8, x(marker), bottom, marker >= 100 ? ChartStyle.Ink : ChartStyle.SoftInk, 2, "marker", "8 6");
            svg.Text(x(marker), top - 14, $"{marker:0.##}%", ChartStyle.AxisSize, ChartStyle.Ink, TextAnchor.Middle, "marker-label");
        }
    }

    private static void Axis(SvgWriter svg, NiceScale scale, Func<decimal, double> x, double top, double bottom, bool percent)
    {
        foreach (var tick in scale.Ticks)
        {
            svg.Line(x(tick), top, x(tick), bottom, tick == 0 ? ChartStyle.ZeroLine : ChartStyle.Grid, tick == 0 ? 2 : 1, tick == 0 ? "zero" : "grid");
            var label = percent ? $"{tick:0.##}%" : IndianMoneyAxis.Format(tick);
            svg.Text(x(tick), bottom + 10 + ChartStyle.AxisSize, label, ChartStyle.AxisSize, ChartStyle.SoftInk, TextAnchor.Middle, "x-label");
        }
    }
}
