using KhataBot.Core.Abstractions;
using KhataBot.Core.Reports.Pictures;

namespace KhataBot.Infrastructure.Charts.Reports;

/// <summary>
/// Report pictures as chart descriptions: the transport draws them after the commit (<see cref="ChartPictures"/>),
/// so a report never holds up the book's one writer. One <see cref="CategoryColours"/> per call, so a category
/// keeps its colour across a report's pictures.
/// </summary>
internal sealed class ChartReportPictures : IReportPictures
{
    public IReadOnlyList<ReplyFile> Draw(IReadOnlyList<ReportPicture> pictures)
    {
        var colours = new CategoryColours();
        foreach (var name in pictures.OfType<SharesPicture>().SelectMany(p => p.Parts).Select(p => p.Name))
        {
            colours.For(name);
        }

        var assigned = new Dictionary<string, string>(colours.Assigned, StringComparer.OrdinalIgnoreCase);
        return [.. pictures.Select(picture =>
            new ReplyFile(picture.FileName, ChartDescription.MediaType, new ChartDescription(picture, assigned).ToJson()))];
    }
}
