using KhataBot.Infrastructure.Text;
using ScottPlot;
using SkiaSharp;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Draws a chart description as a PNG: the title and subtitle (shaped, as a shop or customer name may be
/// Devanagari), the plot by ScottPlot below them, then the names ScottPlot leaves to us (<see cref="ChartPlan"/>).
/// The surface and the plot are disposed after each picture: each holds about width × height × 4 bytes of native memory.
/// </summary>
internal static class ChartImage
{
    private const float NameGap = 14;
    private const float MaxNameWidth = 360;
    private const float LegendWidth = 430;

    public const string EmptyMessage = "Nothing to show for this period yet";

    /// <summary>Filtered with Sub at zlib level 3: a quarter of the default's time for a chart's flat colours, a file a little larger.</summary>
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, 3);

    public static byte[] Png(ChartDescription description)
    {
        using var surface = SKSurface.Create(new SKImageInfo(ChartStyle.Width, ChartStyle.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not make a drawing surface.");
        Draw(surface.Canvas, description);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("Skia could not encode the PNG.");
        return data.ToArray();
    }

    /// <summary>The chart on any canvas of <see cref="ChartStyle.Width"/> × <see cref="ChartStyle.Height"/>: a PNG's, or an SVG's for reading its text back.</summary>
    public static void Draw(SKCanvas canvas, ChartDescription description)
    {
        ChartFonts.Register();
        var plan = ChartPlan.For(description);
        canvas.Clear(SKColors.White);
        if (plan.IsEmpty)
        {
            ShapedText.Draw(canvas, EmptyMessage, ChartStyle.Width / 2f, ChartStyle.Height / 2f,
                ChartStyle.LabelSize, ChartStyle.SoftInkColour, align: SKTextAlign.Center);
        }
        else
        {
            DrawPlot(canvas, plan);
        }

        // After the plot: ScottPlot paints its background over the whole canvas, not only its own rectangle.
        Heading(canvas, description.Picture.Title, description.Picture.Subtitle);
    }

    private static void Heading(SKCanvas canvas, string title, string subtitle)
    {
        var width = ChartStyle.Width - 2 * ChartStyle.Padding;
        ShapedText.Draw(canvas, ShapedText.Fit(title, width, ChartStyle.TitleSize, bold: true), ChartStyle.Padding, 62,
            ChartStyle.TitleSize, ChartStyle.InkColour, bold: true);
        ShapedText.Draw(canvas, ShapedText.Fit(subtitle, width, ChartStyle.SubtitleSize), ChartStyle.Padding, 106,
            ChartStyle.SubtitleSize, ChartStyle.SoftInkColour);
    }

    private static void DrawPlot(SKCanvas canvas, ChartPlan plan)
    {
        using var plot = new Plot();
        plot.Axes.Bottom.TickLabelStyle.FontSize = ChartStyle.TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = ChartStyle.TickSize;
        plot.Axes.Right.TickLabelStyle.FontSize = ChartStyle.TickSize;
        plot.Legend.FontSize = ChartStyle.LabelSize;
        plot.Grid.MajorLineColor = ChartStyle.Plot(ChartStyle.Grid);
        plan.Build(plot);

        var nameWidth = Math.Min(MaxNameWidth, plan.Names.Select(n => ShapedText.Width(n, ChartStyle.LabelSize)).DefaultIfEmpty(0).Max());
        if (plan.Names.Count > 0)
        {
            // Room for our names where ScottPlot would put tick labels; its own ticks there are blank.
            plot.Axes.Left.SetTicks([.. Enumerable.Range(0, plan.Names.Count).Select(i => (double)i)], [.. plan.Names.Select(_ => "")]);
            plot.Axes.Left.MinimumSize = nameWidth + 2 * NameGap;
        }

        var right = plan.SideLegend.Count > 0 ? ChartStyle.Width - LegendWidth : ChartStyle.Width - ChartStyle.Padding / 2;
        plot.Render(canvas, new PixelRect(0, right, ChartStyle.Height, ChartStyle.HeadingHeight));

        var data = plot.LastRender.DataRect;
        for (var i = 0; i < plan.Names.Count; i++)
        {
            var y = plot.GetPixel(new Coordinates(0, plan.Names.Count - 1 - i)).Y;
            ShapedText.Draw(canvas, ShapedText.Fit(plan.Names[i], nameWidth, ChartStyle.LabelSize), data.Left - NameGap,
                y + ChartStyle.LabelSize * 0.35f, ChartStyle.LabelSize, ChartStyle.InkColour, align: SKTextAlign.Right);
        }

        SideLegend(canvas, plan.SideLegend, right);
    }

    private static void SideLegend(SKCanvas canvas, IReadOnlyList<LegendLine> lines, float left)
    {
        const float row = 74;
        var top = ChartStyle.HeadingHeight + Math.Max(0, (ChartStyle.Height - ChartStyle.HeadingHeight - lines.Count * row) / 2);
        var textWidth = LegendWidth - ChartStyle.Padding - 48;
        using var swatch = new SKPaint { IsAntialias = true };
        for (var i = 0; i < lines.Count; i++)
        {
            var y = top + i * row;
            swatch.Color = SKColor.Parse(lines[i].Colour);
            canvas.DrawRoundRect(left, y + 8, 30, 30, 5, 5, swatch);
            ShapedText.Draw(canvas, ShapedText.Fit(lines[i].Name, textWidth, ChartStyle.LabelSize, bold: true), left + 44, y + 32,
                ChartStyle.LabelSize, ChartStyle.InkColour, bold: true);
            ShapedText.Draw(canvas, lines[i].Detail, left + 44, y + 64, ChartStyle.TickSize, ChartStyle.SoftInkColour);
        }
    }
}
