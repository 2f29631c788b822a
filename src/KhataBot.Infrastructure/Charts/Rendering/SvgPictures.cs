using System.Text;
using System.Text.RegularExpressions;
using KhataBot.Core.Abstractions;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Charts.Rendering;

/// <summary>
/// Turns the SVG pictures a reply carries into the PNGs a messenger shows. Pictures stay SVG inside the book
/// (drawing one takes a fraction of a millisecond; rendering it takes tens) so the book's one writer never
/// waits on librsvg: the transport renders them after the commit, on its own threads. Other files pass as
/// they are. Pictures that cannot be rendered are left out and logged: the reply's text says everything.
/// </summary>
public sealed partial class SvgPictures(IChartRenderer renderer, ILogger<SvgPictures> logger)
{
    public const string SvgMediaType = "image/svg+xml";

    public const string PngMediaType = "image/png";

    public static bool IsSvg(string mediaType) => mediaType == SvgMediaType;

    /// <summary>The same file as a PNG named "….png" if it is an SVG picture; null if it could not be rendered.</summary>
    public ReplyFile? AsShown(ReplyFile file)
    {
        if (!IsSvg(file.MediaType))
        {
            return file;
        }

        var png = Render(file.FileName, file.Content);
        return png is null ? null : new ReplyFile(Path.ChangeExtension(file.FileName, ".png"), PngMediaType, png);
    }

    /// <summary>Every picture rendered, or none: half a set of charts would look like a fault.</summary>
    public IReadOnlyList<ReplyFile> AsShown(IReadOnlyList<ReplyFile> files)
    {
        if (!files.Any(f => IsSvg(f.MediaType)))
        {
            return files;
        }

        var shown = files.Select(AsShown).ToList();
        return shown.Contains(null)
            ? [.. files.Where(f => !IsSvg(f.MediaType))]
            : [.. shown.OfType<ReplyFile>()];
    }

    private byte[]? Render(string fileName, byte[] content)
    {
        var svg = Encoding.UTF8.GetString(content);
        var size = RootSize().Match(svg);
        if (!size.Success)
        {
            logger.LogWarning("Picture {FileName} has no pixel size on its root element; it is left out", fileName);
            return null;
        }

        try
        {
            return renderer.RenderPng(svg, int.Parse(size.Groups["w"].ValueSpan), int.Parse(size.Groups["h"].ValueSpan));
        }
        catch (ChartRenderingException ex)
        {
            logger.LogWarning(ex, "Picture {FileName} could not be rendered; it is left out", fileName);
            return null;
        }
    }

    /// <summary>The chart layer writes <c>&lt;svg … width="1200" height="800"</c> (see <see cref="SvgWriter"/>).</summary>
    [GeneratedRegex("""<svg\b[^>]*?\swidth="(?<w>\d{1,5})"\s+height="(?<h>\d{1,5})"\s""")]
    private static partial Regex RootSize();
}
