using KhataBot.Infrastructure.Text;
using SkiaSharp;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// One A4 page of a statement, in points (the PDF's own unit) from the top-left corner, kept as a list of
/// drawing steps: a PDF page is written once, in order, and the footer ("Page i of n") can only be added
/// when the number of pages is known, after the layout has filled them all.
/// </summary>
internal sealed class StatementPage
{
    /// <summary>A4, 210 × 297 mm, in points.</summary>
    public const float Width = 595.28f;
    public const float Height = 841.89f;

    private readonly List<Action<SKCanvas>> _steps = [];

    /// <summary>Text whose top (the font's ascent) is at <paramref name="top"/>, as the layout thinks in lines
    /// from the top of the page; Skia places text by its baseline.</summary>
    public void Text(double x, double top, string text, TextStyle style, Align align = Align.Left, uint colour = 0xFF000000) =>
        _steps.Add(canvas => ShapedText.Draw(canvas, text, (float)x, (float)(top + style.Ascent), style.Size, new SKColor(colour),
            style.Bold, align == Align.Right ? SKTextAlign.Right : SKTextAlign.Left));

    public void Rect(double x, double y, double width, double height, uint colour) =>
        _steps.Add(canvas =>
        {
            using var paint = new SKPaint { Color = new SKColor(colour) };
            canvas.DrawRect((float)x, (float)y, (float)width, (float)height, paint);
        });

    public void Line(double x1, double y1, double x2, double y2, uint colour, double strokeWidth) =>
        _steps.Add(canvas =>
        {
            using var paint = new SKPaint { Color = new SKColor(colour), StrokeWidth = (float)strokeWidth, IsAntialias = true };
            canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
        });

    public void DrawOn(SKCanvas canvas)
    {
        foreach (var step in _steps) step(canvas);
    }
}

internal enum Align
{
    Left,
    Right,
}
