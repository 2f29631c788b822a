using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

public sealed class ColourTests
{
    [Fact]
    public void A_category_keeps_its_colour_in_every_chart_of_a_report()
    {
        var colours = new CategoryColours();
        var donut = new DonutChart(new ChartHeading("Expenses"), [new Slice("stock", 900m), new Slice("rent", 500m), new Slice("food", 100m)]);
        var weeks = new BarChart(new ChartHeading("By week"), XAxis.Names(["week 1", "week 2"]),
            [new Series("food", [10m, 20m]), new Series("Rent", [500m, 0m])], BarMode.Stacked);

        var slices = new SvgDocument(ChartSvg.Render(donut, colours)).Classed("slice").ToDictionary(s => SvgDocument.Data(s, "name"), s => (string)s.Attribute("fill")!);
        var bars = new SvgDocument(ChartSvg.Render(weeks, colours)).Classed("bar");

        Assert.Equal(3, slices.Values.Distinct().Count());
        Assert.All(bars.Where(b => SvgDocument.Data(b, "series") == "food"), b => Assert.Equal(slices["food"], (string)b.Attribute("fill")!));
        Assert.All(bars.Where(b => SvgDocument.Data(b, "series") == "Rent"), b => Assert.Equal(slices["rent"], (string)b.Attribute("fill")!));
    }

    [Fact]
    public void Others_is_grey_and_no_category_is_drawn_in_the_alarm_red()
    {
        var colours = new CategoryColours();

        Assert.Equal(CategoryColours.OthersColour, colours.For("others"));
        Assert.DoesNotContain(CategoryColours.Alarm, Enumerable.Range(0, 30).Select(i => colours.For($"category {i}")));
    }

    [Fact]
    public void Over_budget_bars_are_red_and_the_rest_are_not()
    {
        var chart = new HorizontalBarChart(new ChartHeading("Budgets"),
            [new HorizontalBar("rent", 12_000m, 10_000m), new HorizontalBar("food", 4_000m, 5_000m), new HorizontalBar("tea", 1_000m, 1_000m)]);

        var svg = new SvgDocument(ChartSvg.Render(chart));
        var fills = svg.Classed("bar").ToDictionary(b => SvgDocument.Data(b, "label"), b => (string)b.Attribute("fill")!);

        Assert.Equal(CategoryColours.Alarm, fills["rent"]);
        Assert.NotEqual(CategoryColours.Alarm, fills["food"]);
        Assert.NotEqual(CategoryColours.Alarm, fills["tea"]); // exactly at the limit is not over it
        Assert.Equal(["80%", "100%"], svg.Texts("marker-label"));
        Assert.Equal("₹12,000 of ₹10,000 · 120%", svg.Texts("value")[0]);
    }
}
