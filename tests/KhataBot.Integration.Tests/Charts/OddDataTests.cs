using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

public sealed class OddDataTests
{
    public static TheoryData<Chart> NoData =>
    [
        new BarChart(new ChartHeading("Credit"), XAxis.Days(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), [new Series("credit", [.. Enumerable.Repeat(0m, 30)])]),
        new BarChart(new ChartHeading("Credit"), XAxis.Names([]), []),
        new LineChart(new ChartHeading("Owed"), XAxis.Names([]), [new Series("owed", [])], Area: true),
        new BarLineChart(new ChartHeading("Credit"), XAxis.Names(["1 Jun"]), [new Series("credit", [0m])], new Series("owed", [0m])),
        new DonutChart(new ChartHeading("Expenses"), []),
        new HorizontalBarChart(new ChartHeading("Budgets"), []),
    ];

    [Theory]
    [MemberData(nameof(NoData))]
    public void No_data_gives_a_friendly_message_instead_of_an_empty_frame(Chart chart)
    {
        var svg = new SvgDocument(ChartSvg.Render(chart with { EmptyMessage = "No entries in June yet" }));

        Assert.Equal("No entries in June yet", svg.Texts("empty").Single());
        Assert.Equal(chart.Heading.Title, svg.Texts("title").Single());
        Assert.Empty(svg.Classed("bar"));
        Assert.Empty(svg.Classed("y-label"));
    }

    [Fact]
    public void One_huge_value_leaves_the_small_ones_visible_and_labelled_in_full()
    {
        var chart = new BarChart(new ChartHeading("Credit by customer"), XAxis.Names(["Wholesaler", "Anil", "Bina", "Chetan", "Divya"]),
            [new Series("credit", [5_00_000m, 120m, 45m, 0m, 800m])]);

        var svg = new SvgDocument(ChartSvg.Render(chart));
        var bars = svg.Classed("bar");

        Assert.Equal(4, bars.Count);
        Assert.All(bars, b => Assert.True(SvgDocument.Number(b, "height") >= 3, "every bar that is not zero can be seen"));
        Assert.Equal(["₹5,00,000", "₹120", "₹45", "₹800"], svg.Texts("value"));
    }

    [Fact]
    public void Negative_values_hang_below_the_zero_line()
    {
        var chart = new BarChart(new ChartHeading("Net"), XAxis.Names(["in", "out"]), [new Series("net", [1_000m, -400m])]);

        var svg = new SvgDocument(ChartSvg.Render(chart));
        var zero = SvgDocument.Number(svg.Classed("zero").Single(), "y1");
        var bars = svg.Classed("bar");

        Assert.Equal(zero, SvgDocument.Number(bars[0], "y") + SvgDocument.Number(bars[0], "height"), 1);
        Assert.Equal(zero, SvgDocument.Number(bars[1], "y"), 1);
        Assert.Contains("-₹500", svg.Texts("y-label"));
    }

    [Fact]
    public void Series_of_the_wrong_length_are_refused()
    {
        var chart = new BarChart(new ChartHeading("Credit"), XAxis.Names(["a", "b"]), [new Series("credit", [1m])]);

        Assert.Throws<ArgumentException>(() => ChartSvg.Render(chart));
    }
}
