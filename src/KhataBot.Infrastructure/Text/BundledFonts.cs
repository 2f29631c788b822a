using SkiaSharp;

namespace KhataBot.Infrastructure.Text;

/// <summary>
/// Noto Sans and Noto Sans Devanagari, shipped beside the app (Fonts/, SIL Open Font License in Fonts/OFL.txt)
/// and loaded from there, never from the system: SkiaSharp's NoDependencies build has no fontconfig and no
/// per-character fallback, so only fonts handed to it by file are sure to be there, on every machine the same.
/// </summary>
internal static class BundledFonts
{
    public const string Sans = "Noto Sans";
    public const string Devanagari = "Noto Sans Devanagari";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fonts");

    public static SKTypeface SansRegular { get; } = Load("NotoSans-Regular.ttf");
    public static SKTypeface SansBold { get; } = Load("NotoSans-Bold.ttf");
    public static SKTypeface DevanagariRegular { get; } = Load("NotoSansDevanagari-Regular.ttf");
    public static SKTypeface DevanagariBold { get; } = Load("NotoSansDevanagari-Bold.ttf");

    public static SKTypeface For(bool devanagari, bool bold) =>
        devanagari ? bold ? DevanagariBold : DevanagariRegular : bold ? SansBold : SansRegular;

    /// <summary>The font file for ScottPlot's <c>Fonts.AddFontFile</c>, which wants a path.</summary>
    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    private static SKTypeface Load(string fileName) =>
        SKTypeface.FromFile(PathOf(fileName))
        ?? throw new FileNotFoundException($"The bundled font {fileName} is missing from {Folder}; it ships with the app.", PathOf(fileName));
}
