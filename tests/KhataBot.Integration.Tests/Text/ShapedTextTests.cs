using KhataBot.Infrastructure.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace KhataBot.Integration.Tests.Text;

/// <summary>
/// Text is shaped with the bundled fonts, never boxes. A character a font lacks is shaped to glyph 0, the
/// font's missing-glyph box (.notdef), so counting glyph 0 finds exactly what a reader would see as a box.
/// </summary>
public sealed class ShapedTextTests
{
    public static TheoryData<string> Texts =>
    [
        "श्रीमती क्षमा", "दिनेश शर्मा", "Ramesh ₹1,20,000", "शर्मा किराना · June 2026 (1–30 Jun 2026)", "रमेश's khata", "चाय-नाश्ता: ₹1.2L, 5 Dec…",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_character_is_drawn_from_a_bundled_font_with_no_missing_glyph_box(string text)
    {
        Assert.Equal(0, Boxes(text));
    }

    [Fact]
    public void The_box_counter_sees_the_boxes_a_single_font_would_draw()
    {
        // Without the split into runs, Noto Sans alone would draw each Devanagari letter as a box.
        using var font = new SKFont(BundledFonts.SansRegular, 24);
        using var shaper = new SKShaper(BundledFonts.SansRegular);

        Assert.True(shaper.Shape("रमेश", font).Codepoints.Count(g => g == 0) >= 3);
    }

    [Fact]
    public void Conjuncts_are_joined_and_the_short_i_sign_comes_before_its_consonant()
    {
        using var font = new SKFont(BundledFonts.DevanagariRegular, 24);
        using var shaper = new SKShaper(BundledFonts.DevanagariRegular);

        // क्ष (three code points) is one glyph; in कि the sign ि is drawn first, left of क, though typed after it.
        Assert.Single(shaper.Shape("क्ष", font).Codepoints);
        var ki = shaper.Shape("कि", font);
        Assert.Equal(2, ki.Codepoints.Length);
        Assert.Equal(font.GetGlyph('क'), (ushort)ki.Codepoints[1]);
    }

    [Fact]
    public void Long_text_is_cut_with_an_ellipsis_to_the_width_asked()
    {
        var cut = ShapedText.Fit("Sunita (tailor, opposite the temple on MG Road)", 200, 24);

        Assert.EndsWith("…", cut);
        Assert.True(ShapedText.Width(cut, 24) <= 200);
        Assert.Equal("Anil", ShapedText.Fit("Anil", 200, 24));
    }

    private static int Boxes(string text) => ScriptRuns.Split(text).Sum(run =>
    {
        var typeface = BundledFonts.For(run.Devanagari, bold: false);
        using var font = new SKFont(typeface, 24);
        using var shaper = new SKShaper(typeface);
        return shaper.Shape(run.Text, font).Codepoints.Count(g => g == 0);
    });
}
