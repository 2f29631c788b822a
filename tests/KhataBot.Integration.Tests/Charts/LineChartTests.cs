using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

public sealed class LineChartTests
{
    [Fact]
    public void Shading_lies_beneath_every_line_and_each_line_ends_with_its_latest_amount_in_full()
    {
        var svg = new SvgDocument(ChartSvg.Render(ExampleCharts.Year()));
        var order = svg.Xml.Descendants().Select(e => (string?)e.Attribute("class")).Where(c => c is "area" or "line").ToList();

        Assert.Equal(["area", "area", "line", "line"], order);
        Assert.Equal(["₹1,90,000", "₹95,400"], svg.Texts("line-end")); // top to bottom
        Assert.Equal(["Total owed", "Income"], svg.Texts("legend"));
    }

    [Fact]
    public void A_line_on_its_own_right_axis_has_ticks_level_with_the_left_grid()
    {
        var svg = new SvgDocument(ChartSvg.Render(ExampleCharts.CreditAndPayments()));

        var left = svg.Classed("y-label").Select(l => SvgDocument.Number(l, "y")).ToList();
        var right = svg.Classed("y-label-right").Select(l => SvgDocument.Number(l, "y")).ToList();

        Assert.Equal(left, right);
        Assert.Equal("₹0", svg.Texts("y-label-right")[0]);
    }
}
