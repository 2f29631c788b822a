using KhataBot.Core.Abstractions;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Turns the chart descriptions a reply carries into the PNGs a messenger shows, on the transport's own
/// threads (the Telegram sender, the console chat), so the book's one writer never waits on drawing. Other
/// files pass as they are. A picture that cannot be drawn is left out and logged: the reply's text says everything.
/// </summary>
public sealed class ChartPictures(ILogger<ChartPictures> logger)
{
    public const string PngMediaType = "image/png";

    public static bool IsChart(string mediaType) => mediaType == ChartDescription.MediaType;

    /// <summary>The same file as a PNG if it describes a chart; null if it could not be drawn.</summary>
    public ReplyFile? AsShown(ReplyFile file)
    {
        if (!IsChart(file.MediaType))
        {
            return file;
        }

        try
        {
            return new ReplyFile(Path.ChangeExtension(file.FileName, ".png"), PngMediaType, ChartImage.Png(ChartDescription.FromJson(file.Content)));
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Picture {FileName} could not be drawn; it is left out", file.FileName);
            return null;
        }
    }

    /// <summary>Every picture drawn, or none: half a set of charts would look like a fault.</summary>
    public IReadOnlyList<ReplyFile> AsShown(IReadOnlyList<ReplyFile> files)
    {
        if (!files.Any(f => IsChart(f.MediaType)))
        {
            return files;
        }

        var shown = files.Select(AsShown).ToList();
        return shown.Contains(null)
            ? [.. files.Where(f => !IsChart(f.MediaType))]
            : [.. shown.OfType<ReplyFile>()];
    }
}
