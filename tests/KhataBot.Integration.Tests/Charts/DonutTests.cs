using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

public sealed class DonutTests
{
    [Fact]
    public void Twenty_categories_keep_the_eight_largest_and_fold_the_rest_into_others()
    {
        var slices = Enumerable.Range(1, 20).Select(i => new Slice($"category {i}", i * 100m)).ToList();

        var svg = new SvgDocument(ChartSvg.Render(new DonutChart(new ChartHeading("Expenses"), slices)));
        var drawn = svg.Classed("slice");

        Assert.Equal(9, drawn.Count);
        Assert.Equal([.. Enumerable.Range(13, 8).Reverse().Select(i => $"category {i}"), "Others"], drawn.Select(s => SvgDocument.Data(s, "name")));
        Assert.Equal(Enumerable.Range(1, 12).Sum() * 100m, decimal.Parse(SvgDocument.Data(drawn[^1], "value")));
        Assert.Equal(100, drawn.Sum(s => int.Parse(SvgDocument.Data(s, "percent"))));
        Assert.Equal("Others (12)", svg.Texts("legend")[^1]);
        Assert.Equal("₹21,000", svg.Texts("total").Single());
    }

    [Fact]
    public void Slices_named_others_join_the_folded_ones_and_nothing_below_zero_is_drawn()
    {
        Slice[] slices = [new("food", 500m), new("others", 40m), new("rent", 0m), new("refund", -100m), new("FOOD", 100m)];

        var drawn = new SvgDocument(ChartSvg.Render(new DonutChart(new ChartHeading("Expenses"), slices))).Classed("slice");

        Assert.Equal(["food", "Others"], drawn.Select(s => SvgDocument.Data(s, "name")));
        Assert.Equal("600", SvgDocument.Data(drawn[0], "value"));
    }

    [Fact]
    public void A_single_category_is_a_whole_ring()
    {
        var svg = new SvgDocument(ChartSvg.Render(new DonutChart(new ChartHeading("Expenses"), [new Slice("rent", 5_000m)])));

        Assert.Equal("100", SvgDocument.Data(svg.Classed("slice").Single(), "percent"));
        Assert.Equal(["100%"], svg.Texts("percent"));
    }
}
