namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// The chart layer's one door: a chart in, an SVG document out. Pure and fast (well under a millisecond),
/// so it can run inside a request; turning the SVG into pixels is <see cref="Rendering.IChartRenderer"/>'s job.
/// </summary>
public static class ChartSvg
{
    /// <param name="colours">Share one across a report's charts so each category keeps its colour in all of them.</param>
    public static string Render(Chart chart, CategoryColours? colours = null)
    {
        colours ??= new CategoryColours();
        return chart switch
        {
            BarChart bars => CartesianLayout.Draw(chart, CartesianPlot.Of(bars), colours),
            LineChart lines => CartesianLayout.Draw(chart, CartesianPlot.Of(lines), colours),
            BarLineChart both => CartesianLayout.Draw(chart, CartesianPlot.Of(both), colours),
            HorizontalBarChart rows => HorizontalBarLayout.Draw(rows, colours),
            DonutChart donut => DonutLayout.Draw(donut, colours),
            _ => throw new ArgumentException($"No layout for {chart.GetType().Name}.", nameof(chart)),
        };
    }
}
