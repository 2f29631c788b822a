using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace KhataBot.Infrastructure.Text;

/// <summary>
/// Text drawn on any Skia canvas (PNG or PDF) with the bundled fonts, shaped by HarfBuzz run by run (one font
/// per script, <see cref="ScriptRuns"/>), so vowel signs sit where they belong and conjuncts join. Each run
/// carries its UTF-8 text and HarfBuzz's clusters into the text blob, from which Skia's PDF writer makes the
/// text a reader copies or searches: "श्रीमती" reads back as typed, not as the glyphs' order.
/// </summary>
internal static class ShapedText
{
    /// <summary>One per font, made once: a shaper holds HarfBuzz's copy of the font and shapes thread-safely.</summary>
    private static readonly Dictionary<SKTypeface, SKShaper> Shapers = new[]
    {
        BundledFonts.SansRegular, BundledFonts.SansBold, BundledFonts.DevanagariRegular, BundledFonts.DevanagariBold,
    }.ToDictionary(typeface => typeface, typeface => new SKShaper(typeface));

    public static float Width(string text, float size, bool bold = false)
    {
        var width = 0f;
        foreach (var (run, devanagari) in ScriptRuns.Split(text))
        {
            using var font = Font(devanagari, bold, size);
            width += Shape(run, font).Width;
        }

        return width;
    }

    /// <summary>The text, or as much of it as fits followed by "…".</summary>
    public static string Fit(string text, float width, float size, bool bold = false)
    {
        if (Width(text, size, bold) <= width) return text;
        var elements = System.Globalization.StringInfo.ParseCombiningCharacters(text);
        for (var keep = elements.Length - 1; keep > 0; keep--)
        {
            var cut = text[..elements[keep]].TrimEnd() + "…";
            if (Width(cut, size, bold) <= width) return cut;
        }

        return "…";
    }

    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="baseline"/>, starting, centred
    /// or ending at <paramref name="x"/>.</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float baseline, float size, SKColor colour,
        bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        if (text.Length == 0) return;
        var runs = ScriptRuns.Split(text).Select(run =>
        {
            var font = Font(run.Devanagari, bold, size);
            return (run.Text, Font: font, Shaped: Shape(run.Text, font));
        }).ToList();
        var width = runs.Sum(r => r.Shaped.Width);
        var pen = align switch { SKTextAlign.Center => x - width / 2, SKTextAlign.Right => x - width, _ => x };

        using var builder = new SKTextBlobBuilder();
        foreach (var (runText, font, shaped) in runs)
        {
            var utf8 = Encoding.UTF8.GetBytes(runText);
            var buffer = builder.AllocatePositionedTextRun(font, shaped.Codepoints.Length, utf8.Length, null);
            var glyphs = buffer.Glyphs;
            var positions = buffer.Positions;
            for (var i = 0; i < glyphs.Length; i++)
            {
                glyphs[i] = (ushort)shaped.Codepoints[i];
                positions[i] = new SKPoint(pen + shaped.Points[i].X, shaped.Points[i].Y);
            }

            buffer.SetText(utf8);
            buffer.SetClusters(shaped.Clusters);
            pen += shaped.Width;
            font.Dispose();
        }

        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawText(blob, 0, baseline, paint);
    }

    private static SKFont Font(bool devanagari, bool bold, float size) =>
        new(BundledFonts.For(devanagari, bold), size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    private static SKShaper.Result Shape(string text, SKFont font) => Shapers[font.Typeface].Shape(text, font);
}
