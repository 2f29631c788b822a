using System.Buffers.Binary;
using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Charts.Rendering;

namespace KhataBot.Integration.Tests.Charts;

/// <summary>Renders through the real librsvg and cairo installed on the machine and looks at the pixels.</summary>
public sealed class PngRenderingTests
{
    private const string White = "#FFFFFF";
    private static readonly LibrsvgChartRenderer Renderer = new();

    [Fact]
    public void The_renderer_finds_librsvg_and_cairo_here()
    {
        Assert.True(Renderer.IsAvailable, Renderer.UnavailableReason);
        Assert.Null(Renderer.UnavailableReason);
    }

    [Theory]
    [InlineData(1200, 800)]
    [InlineData(1280, 720)]
    [InlineData(400, 300)]
    public void The_png_has_a_valid_signature_and_the_size_asked_for(int width, int height)
    {
        var png = Renderer.RenderPng(ChartSvg.Render(ExampleCharts.CreditAndPayments()), width, height);

        Assert.Equal(PngImage.Signature, png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        Assert.Equal((width, height), ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20))));
        var image = PngImage.Decode(png);
        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Fact]
    public void Bars_are_painted_in_their_palette_colours_where_the_svg_puts_them()
    {
        var chart = new BarChart(new ChartHeading("Credit and payments", "Sharma Kirana · June 2026"), XAxis.Names(["Ramesh", "Sunita", "Anil", "Bina", "Chetan"]),
            [new Series("credit", [5_000m, 3_200m, 800m, 4_100m, 2_500m]), new Series("payments", [2_000m, 3_000m, 100m, 4_100m, 0m])]);
        var svg = ChartSvg.Render(chart);

        var image = PngImage.Decode(Renderer.RenderPng(svg, 1200, 800));

        var bars = new SvgDocument(svg).Classed("bar");
        Assert.Equal(9, bars.Count);
        Assert.Equal(2, bars.Select(b => (string)b.Attribute("fill")!).Distinct().Count());
        foreach (var bar in bars)
        {
            var x = (int)(SvgDocument.Number(bar, "x") + SvgDocument.Number(bar, "width") / 2);
            var y = (int)(SvgDocument.Number(bar, "y") + SvgDocument.Number(bar, "height") / 2);
            Assert.Equal((string)bar.Attribute("fill")!, image.Colour(x, y));
        }

        Assert.Equal(White, image.Colour(3, 3)); // painted white, not left transparent
        Assert.Equal(White, image.Colour(1199, 799));
    }

    [Fact]
    public void A_rendered_chart_is_not_blank()
    {
        var image = PngImage.Decode(Renderer.RenderPng(ChartSvg.Render(ExampleCharts.Expenses()), 1200, 800));

        var colours = Pixels(image, 0, 0, image.Width, image.Height).ToList();
        Assert.True(colours.Count(c => c != White) > colours.Count / 10, "at least a tenth of the image is drawn on");
        Assert.True(colours.Distinct().Count() > 20);
    }

    [Fact]
    public void Devanagari_and_rupee_titles_put_ink_in_the_title_band()
    {
        // DejaVu Sans has ₹ but no Devanagari: fontconfig falls back to any font that has it (Noto, Lohit),
        // or, with none installed, Pango draws each letter as a box with its code. Either way there is ink.
        ChartHeading Titled(string title) => new(title);
        var slices = new[] { new Slice("food", 1m) };

        var titled = PngImage.Decode(Renderer.RenderPng(ChartSvg.Render(new DonutChart(Titled("रमेश ₹1,20,000"), slices)), 1200, 800));
        var untitled = PngImage.Decode(Renderer.RenderPng(ChartSvg.Render(new DonutChart(Titled(""), slices)), 1200, 800));

        Assert.True(Pixels(titled, 40, 35, 500, 90).Count(c => c != White) > 500);
        Assert.All(Pixels(untitled, 40, 35, 500, 90), c => Assert.Equal(White, c));
    }

    [Fact]
    public void A_document_librsvg_cannot_read_fails_with_its_reason()
    {
        var error = Assert.Throws<ChartRenderingException>(() => Renderer.RenderPng("<svg xmlns='http://www.w3.org/2000/svg'><rect", 100, 100));

        Assert.StartsWith("librsvg could not read the chart: ", error.Message);
        Assert.True(error.Message.Length > "librsvg could not read the chart: ".Length);
    }

    [Theory]
    [InlineData(0, 800)]
    [InlineData(1200, -1)]
    [InlineData(100_000, 800)]
    public void Impossible_sizes_are_refused_before_any_native_call(int width, int height)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Renderer.RenderPng(ChartSvg.Render(ExampleCharts.Budgets()), width, height));
    }

    private static IEnumerable<string> Pixels(PngImage image, int left, int top, int right, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                yield return image.Colour(x, y);
            }
        }
    }
}
