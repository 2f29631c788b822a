using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure.Charts.Rendering;
using KhataBot.Integration.Tests.Support;
using Microsoft.Extensions.Logging;

namespace KhataBot.Integration.Tests.Charts;

/// <summary>Pictures rendered at the edge (the sender, the console): SVG in, the PNG a messenger shows out.</summary>
public sealed class SvgPicturesTests
{
    private static readonly ReplyFile Csv = new("khata.csv", "text/csv", "Date,Amount\n"u8.ToArray());

    private static ReplyFile Svg(string name, string root) =>
        new(name, SvgPictures.SvgMediaType, Encoding.UTF8.GetBytes(root + "<rect width=\"10\" height=\"10\" fill=\"#0072B2\"/></svg>"));

    private static SvgPictures Pictures(IChartRenderer renderer, CapturedLogs logs)
    {
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        return new SvgPictures(renderer, factory.CreateLogger<SvgPictures>());
    }

    [Fact]
    public void An_svg_picture_becomes_a_png_of_its_own_size_and_other_files_pass_as_they_are()
    {
        var shown = Pictures(new LibrsvgChartRenderer(), new CapturedLogs())
            .AsShown([Svg("dues.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">"""), Csv]);

        Assert.Equal(["dues.png", "khata.csv"], shown.Select(f => f.FileName));
        var png = PngImage.Decode(shown[0].Content);
        Assert.Equal((300, 200), (png.Width, png.Height));
        Assert.Same(Csv, shown[1]);
    }

    [Fact]
    public void A_picture_without_a_pixel_size_is_left_out_with_the_rest_of_its_set_and_logged()
    {
        var logs = new CapturedLogs();
        var shown = Pictures(new LibrsvgChartRenderer(), logs).AsShown(
        [
            Svg("a.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">"""),
            Svg("b.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200">"""),
            Csv,
        ]);

        Assert.Equal(["khata.csv"], shown.Select(f => f.FileName));
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("b.svg", StringComparison.Ordinal));
    }
}
