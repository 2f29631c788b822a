namespace KhataBot.Infrastructure.Charts;

/// <summary>The parts around the plot: the heading, and the friendly picture shown when there is no data.</summary>
internal static class ChartChrome
{
    /// <summary>Draws the title and subtitle and returns where the content below them may start.</summary>
    public static double Heading(SvgWriter svg, ChartHeading heading, ChartSize size)
    {
        var width = size.Width - 2 * ChartStyle.Padding;
        var baseline = ChartStyle.Padding + ChartStyle.TitleSize * 0.9;
        svg.Text(ChartStyle.Padding, baseline, TextWidth.Shorten(heading.Title, width, ChartStyle.TitleSize, bold: true),
            ChartStyle.TitleSize, ChartStyle.Ink, cssClass: "title", bold: true);

        if (!string.IsNullOrWhiteSpace(heading.Subtitle))
        {
            baseline += ChartStyle.SubtitleSize * 1.5;
            svg.Text(ChartStyle.Padding, baseline, TextWidth.Shorten(heading.Subtitle, width, ChartStyle.SubtitleSize),
                ChartStyle.SubtitleSize, ChartStyle.SoftInk, cssClass: "subtitle");
        }

        return baseline + ChartStyle.SubtitleSize;
    }

    /// <summary>The heading, three pale bars and the chart's message in the middle: a chart of nothing
    /// would have axes running from 0 to 1 and look broken.</summary>
    public static string Empty(Chart chart)
    {
        var svg = new SvgWriter(chart.Size);
        var top = Heading(svg, chart.Heading, chart.Size);
        var centreX = chart.Size.Width / 2.0;
        var centreY = (top + chart.Size.Height) / 2.0;

        double[] heights = [60, 100, 80];
        for (var i = 0; i < heights.Length; i++)
        {
            svg.Rect(centreX - 75 + i * 55, centreY - heights[i], 40, heights[i], ChartStyle.Grid, "empty-bar");
        }

        svg.Line(centreX - 100, centreY, centreX + 100, centreY, ChartStyle.ZeroLine, 2);
        var message = TextWidth.Shorten(chart.EmptyMessage, chart.Size.Width - 2 * ChartStyle.Padding, ChartStyle.SubtitleSize * 1.25);
        svg.Text(centreX, centreY + 60, message, ChartStyle.SubtitleSize * 1.25, ChartStyle.SoftInk, TextAnchor.Middle, "empty");
        return svg.ToString();
    }
}
