using KhataBot.Infrastructure.Text;
using ScottPlot;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Gives ScottPlot the bundled fonts. Its settings are static: <c>Fonts.Default</c> is what every new plot
/// starts with, and <c>LabelStyle.RTLSupport</c> is what makes it shape text with HarfBuzz (without it,
/// Devanagari vowel signs come out in typed order and conjuncts unjoined), so both are set once for the app.
/// </summary>
internal static class ChartFonts
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Fonts.AddFontFile(BundledFonts.Sans, BundledFonts.PathOf("NotoSans-Regular.ttf"));
        Fonts.AddFontFile(BundledFonts.Sans, BundledFonts.PathOf("NotoSans-Bold.ttf"), bold: true);
        Fonts.AddFontFile(BundledFonts.Devanagari, BundledFonts.PathOf("NotoSansDevanagari-Regular.ttf"));
        Fonts.AddFontFile(BundledFonts.Devanagari, BundledFonts.PathOf("NotoSansDevanagari-Bold.ttf"), bold: true);
        Fonts.Default = BundledFonts.Sans;
        LabelStyle.RTLSupport = true;
        return true;
    });

    public static void Register() => _ = Registered.Value;

    /// <summary>The font for a label ScottPlot draws whole: one font per label, so it is picked by its script.</summary>
    public static string For(string text) => ScriptRuns.HasDevanagari(text) ? BundledFonts.Devanagari : BundledFonts.Sans;
}
