using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Reports.Pictures;
using KhataBot.Infrastructure.Charts.Rendering;

namespace KhataBot.Infrastructure.Charts.Reports;

/// <summary>
/// Report pictures drawn by the chart layer, as SVG: the transport renders them to PNG after the commit
/// (<see cref="SvgPictures"/>), so a report never holds up the book's one writer. One
/// <see cref="CategoryColours"/> per call, so a category keeps its colour across a report's pictures. When
/// the renderer is missing there are no pictures at all: the report's text says everything.
/// </summary>
internal sealed class ChartReportPictures(IChartRenderer renderer) : IReportPictures
{
    public IReadOnlyList<ReplyFile> Draw(IReadOnlyList<ReportPicture> pictures)
    {
        if (pictures.Count == 0 || !renderer.IsAvailable)
        {
            return [];
        }

        var colours = new CategoryColours();
        return [.. pictures.Select(picture => new ReplyFile(
            Path.ChangeExtension(picture.FileName, ".svg"),
            SvgPictures.SvgMediaType,
            Encoding.UTF8.GetBytes(ChartSvg.Render(ReportCharts.For(picture), colours))))];
    }
}
