using KhataBot.Core.Abstractions;
using KhataBot.Core.Reports.Pictures;
using KhataBot.Infrastructure.Charts.Rendering;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Charts.Reports;

/// <summary>
/// Report pictures drawn by the chart layer and rendered to PNG. One <see cref="CategoryColours"/> per call,
/// so a category keeps its colour across a report's pictures. When the renderer is missing or refuses a
/// chart the answer is no pictures at all: the report's text says everything, and half a set of charts
/// would look like a fault.
/// </summary>
internal sealed class ChartReportPictures(IChartRenderer renderer, ILogger<ChartReportPictures> logger) : IReportPictures
{
    public const string MediaType = "image/png";

    public IReadOnlyList<ReplyFile> Draw(IReadOnlyList<ReportPicture> pictures)
    {
        if (pictures.Count == 0 || !renderer.IsAvailable)
        {
            return [];
        }

        var colours = new CategoryColours();
        var files = new List<ReplyFile>(pictures.Count);
        try
        {
            foreach (var picture in pictures)
            {
                var chart = ReportCharts.For(picture);
                var png = renderer.RenderPng(ChartSvg.Render(chart, colours), chart.Size.Width, chart.Size.Height);
                files.Add(new ReplyFile(picture.FileName, MediaType, png));
            }
        }
        catch (ChartRenderingException ex)
        {
            logger.LogWarning(ex, "A chart could not be rendered; the reply is text only");
            return [];
        }

        return files;
    }
}
