using SkiaSharp;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Sizes and inks shared by every chart. Telegram shows a 1200 px picture about 400 points wide on a phone,
/// so nothing is smaller than 24 px (8 points there) and titles are 44 px.
/// </summary>
internal static class ChartStyle
{
    public const int Width = 1200;
    public const int Height = 800;

    public const float Padding = 36;
    public const float TitleSize = 44;
    public const float SubtitleSize = 28;
    public const float HeadingHeight = 130;
    public const float LabelSize = 26;
    public const float TickSize = 24;
    public const float ValueSize = 24;

    public const string Ink = "#222222";
    public const string SoftInk = "#555555";
    public const string Grid = "#E6E6E6";

    public static readonly SKColor InkColour = SKColor.Parse(Ink);
    public static readonly SKColor SoftInkColour = SKColor.Parse(SoftInk);

    public static ScottPlot.Color Plot(string hex) => ScottPlot.Color.FromHex(hex);
}
