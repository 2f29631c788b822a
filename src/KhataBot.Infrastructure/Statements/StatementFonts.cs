using PdfSharp.Fonts;

namespace KhataBot.Infrastructure.Statements;

/// <summary>
/// The fonts statements are drawn with, read from the system's font files rather than shipped with the app:
/// DejaVu Sans (Latin, digits and ₹) and Lohit Devanagari (Hindi and Marathi names). Debian packages
/// fonts-dejavu-core and fonts-lohit-deva; the Dockerfile and .ci/run install them.
/// </summary>
internal sealed class StatementFonts : IFontResolver
{
    public const string Latin = "DejaVu Sans";

    public const string Devanagari = "Lohit Devanagari";

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["DejaVuSans"] = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        ["Lohit-Devanagari"] = "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf",
    };

    private static readonly Lock Gate = new();

    private StatementFonts()
    {
    }

    public static bool AreInstalled => Files.Values.All(File.Exists);

    /// <summary>PDFsharp has one font resolver per process, which can only be set before fonts are first
    /// used; every statement calls this, and only the first call sets it.</summary>
    public static void Use()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not StatementFonts)
            {
                GlobalFontSettings.FontResolver = new StatementFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, Devanagari, StringComparison.OrdinalIgnoreCase))
        {
            // Lohit has no bold face: PDFsharp thickens the regular one.
            return new FontResolverInfo("Lohit-Devanagari", bold, italic);
        }

        // Everything else is DejaVu Sans; statements never ask for italics, so they are simulated too.
        return new FontResolverInfo(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic);
    }

    public byte[]? GetFont(string faceName) =>
        Files.TryGetValue(faceName, out var path) ? File.ReadAllBytes(path) : null;
}
