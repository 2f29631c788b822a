using System.Globalization;
using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

public sealed class TextTests
{
    [Fact]
    public void Names_with_markup_characters_are_escaped_and_read_back_as_typed()
    {
        var chart = new HorizontalBarChart(new ChartHeading("Dues of Tom & <Jerry>", "Shop \"Ravi's\""),
            [new HorizontalBar("Tom & <Jerry>", 500m), new HorizontalBar("रमेश", 300m), new HorizontalBar("tab\tand\u0001control", 100m)]);

        var raw = ChartSvg.Render(chart);
        var svg = new SvgDocument(raw);

        Assert.Contains("Tom &amp; &lt;Jerry&gt;", raw);
        Assert.Equal("Dues of Tom & <Jerry>", svg.Texts("title").Single());
        Assert.Equal("Shop \"Ravi's\"", svg.Texts("subtitle").Single());
        Assert.Equal(["Tom & <Jerry>", "रमेश", "tab and control"], svg.Texts("y-label"));
        Assert.Equal("Tom & <Jerry>", SvgDocument.Data(svg.Classed("bar")[0], "label"));
    }

    [Fact]
    public void Long_names_are_shortened_with_an_ellipsis_between_whole_letters()
    {
        const string english = "Sunita, the tailor opposite the Hanuman temple on Mahatma Gandhi Road";
        const string hindi = "श्रीमती सुनीता देवी शर्मा, हनुमान मंदिर के सामने वाली दर्ज़ी की दुकान";
        var chart = new HorizontalBarChart(new ChartHeading("Dues"), [new HorizontalBar(english, 500m), new HorizontalBar(hindi, 300m)]);

        var labels = new SvgDocument(ChartSvg.Render(chart)).Texts("y-label");

        Assert.All(labels, l => Assert.EndsWith("…", l));
        Assert.StartsWith(labels[0][..^1], english);
        Assert.InRange(labels[0].Length, 10, english.Length - 10);
        var letters = TextElements(hindi);
        var kept = TextElements(labels[1][..^1]);
        Assert.Equal(letters.Take(kept.Count), kept); // no vowel sign torn from its consonant
    }

    [Fact]
    public void A_title_too_long_for_the_image_is_shortened_too()
    {
        var chart = new BarChart(new ChartHeading(string.Concat(Enumerable.Repeat("Credit and payments ", 10))), XAxis.Names(["a"]), [new Series("s", [1m])]);

        var title = new SvgDocument(ChartSvg.Render(chart)).Texts("title").Single();

        Assert.EndsWith("…", title);
        Assert.InRange(title.Length, 30, 60);
    }

    private static List<string> TextElements(string text)
    {
        var result = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext()) result.Add(elements.GetTextElement());
        return result;
    }
}
