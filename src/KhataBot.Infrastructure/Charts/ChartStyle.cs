namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Sizes and inks shared by every chart. A 1200 px image is shown about 400 points wide on a phone, so
/// nothing is smaller than 18 px (about 6 points there).
/// </summary>
internal static class ChartStyle
{
    /// <summary>Named explicitly: fontconfig would otherwise pick whatever sans font it likes best, and the
    /// text widths measured in <see cref="TextWidth"/> are DejaVu Sans's.</summary>
    public const string FontFamily = "DejaVu Sans";

    public const double Padding = 40;
    public const double TitleSize = 36;
    public const double SubtitleSize = 24;
    public const double LegendSize = 22;
    public const double AxisSize = 20;
    public const double ValueSize = 18;

    public const string Background = "#FFFFFF";
    public const string Ink = "#222222";
    public const string SoftInk = "#555555";
    public const string Grid = "#E6E6E6";
    public const string ZeroLine = "#999999";
}
