using KhataBot.Infrastructure.Charts;

namespace KhataBot.Infrastructure.Statements;

/// <summary>A size and weight of DejaVu Sans, measured with the chart layer's DejaVu metrics
/// (<see cref="TextWidth"/>), which overestimate Devanagari a little: a cut name only leaves more room.</summary>
internal readonly record struct TextStyle(double Size, bool Bold = false)
{
    /// <summary>DejaVu Sans's ascent, 1901/2048 of an em: how far the baseline sits below the top of a line.</summary>
    public double Ascent => Size * 0.928;

    public double Width(string text) => TextWidth.Of(text, Size, Bold);

    /// <summary>The text, or as much of it as fits followed by "…".</summary>
    public string Fit(string text, double width) => TextWidth.Shorten(text, Math.Max(width, 0), Size, Bold);
}
