using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

public sealed class XLabelTests
{
    [Fact]
    public void Thirty_one_days_of_bars_get_date_labels_that_do_not_overlap()
    {
        var days = XAxis.Days(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31));
        var chart = new BarChart(new ChartHeading("July"), days,
            [new Series("credit", [.. Enumerable.Range(1, 31).Select(d => d * 1_000m)]), new Series("payments", [.. Enumerable.Repeat(500m, 31)])]);

        var svg = new SvgDocument(ChartSvg.Render(chart));
        var labels = svg.Classed("x-label");

        Assert.Equal(62, svg.Classed("bar").Count);
        Assert.Equal("1 Jul", labels[0].Value);
        Assert.InRange(labels.Count, 5, 31);
        for (var i = 1; i < labels.Count; i++)
        {
            var gap = SvgDocument.Number(labels[i], "x") - SvgDocument.Number(labels[i - 1], "x");
            Assert.True(gap >= (Wide(labels[i].Value) + Wide(labels[i - 1].Value)) / 2,
                $"'{labels[i - 1].Value}' and '{labels[i].Value}' are {gap:0} px apart");
        }
    }

    [Fact]
    public void Months_are_labelled_month_and_year()
    {
        var chart = new LineChart(new ChartHeading("Year"), XAxis.Months(new DateOnly(2026, 1, 15), new DateOnly(2026, 12, 1)),
            [new Series("owed", [.. Enumerable.Range(1, 12).Select(m => m * 100m)])]);

        var labels = new SvgDocument(ChartSvg.Render(chart)).Texts("x-label");

        Assert.Equal("Jan 2026", labels[0]);
        Assert.All(labels, l => Assert.Matches("^[A-Z][a-z]{2} 2026$", l));
    }

    [Fact]
    public void Every_customer_name_is_shown_tilted_when_they_do_not_fit_level()
    {
        List<string> names =
        [
            "Ramesh Kumar", "Sunita Devi", "Anil Sharma", "Bina Patel", "Chetan Rao", "Divya Nair", "Farhan Ali", "Geeta Joshi",
            "Harish Gupta", "Imran Khan", "Jaya Menon", "Kiran Das", "Lakshmi Iyer", "Mohan Lal", "Neha Singh", "Om Prakash",
            "Pooja Verma", "Rahul Mehta", "Sanjay Dutt", "Tara Bose",
        ];
        var chart = new BarChart(new ChartHeading("Dues"), XAxis.Names(names), [new Series("owed", [.. names.Select((_, i) => 100m * (i + 1))])]);

        var labels = new SvgDocument(ChartSvg.Render(chart)).Classed("x-label");

        Assert.Equal(names, labels.Select(l => l.Value));
        Assert.All(labels, l => Assert.StartsWith("rotate(-45", (string)l.Attribute("transform")!));
        // Tilted lines stand (gap × sin 45°) apart across their length; each needs about a line's height.
        var gap = SvgDocument.Number(labels[1], "x") - SvgDocument.Number(labels[0], "x");
        Assert.True(gap * Math.Sqrt(0.5) >= SvgDocument.Number(labels[0], "font-size"), $"{gap:0} px apart");
    }

    /// <summary>A width estimate of our own, wider than DejaVu Sans draws digits and letters (0.64 em at most).</summary>
    private static double Wide(string text) => text.Length * 20 * 0.65;
}
