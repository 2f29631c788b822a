using KhataBot.Infrastructure.Text;

namespace KhataBot.Infrastructure.Statements;

/// <summary>A size and weight of the bundled fonts, measured as HarfBuzz shapes them, so what is measured is what is drawn.</summary>
internal readonly record struct TextStyle(float Size, bool Bold = false)
{
    /// <summary>How far the baseline sits below the top of a line: a little under Noto Sans's full ascent (1.069 em),
    /// which makes room for accents no statement uses, so rows keep room for descenders above the rule below them.</summary>
    public double Ascent => Size * 0.95;

    public double Width(string text) => ShapedText.Width(text, Size, Bold);

    /// <summary>The text, or as much of it as fits followed by "…".</summary>
    public string Fit(string text, double width) => ShapedText.Fit(text, (float)Math.Max(width, 0), Size, Bold);
}
