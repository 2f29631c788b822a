using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

public sealed class IndianMoneyAxisTests
{
    [Theory]
    [InlineData(0, "₹0")]
    [InlineData(500, "₹500")]
    [InlineData(1_200, "₹1.2K")]
    [InlineData(1_250, "₹1.25K")]
    [InlineData(99_000, "₹99K")]
    [InlineData(1_00_000, "₹1L")]
    [InlineData(3_40_000, "₹3.4L")]
    [InlineData(1_10_00_000, "₹1.1Cr")]
    [InlineData(-1_500, "-₹1.5K")]
    [InlineData(0.5, "₹0.5")]
    public void Amounts_are_shortened_in_thousands_lakhs_and_crores(double rupees, string expected)
    {
        Assert.Equal(expected, IndianMoneyAxis.Format((decimal)rupees));
    }

    [Fact]
    public void An_axis_reaching_a_crore_is_labelled_in_lakhs_and_crores_and_the_bars_in_full()
    {
        var chart = new BarChart(new ChartHeading("Sales"), XAxis.Names(["small", "middle", "large"]),
            [new Series("sales", [1_200m, 3_40_000m, 1_10_00_000m])]);

        var svg = new SvgDocument(ChartSvg.Render(chart));

        Assert.Equal(["₹0", "₹20L", "₹40L", "₹60L", "₹80L", "₹1Cr", "₹1.2Cr"], svg.Texts("y-label"));
        Assert.Equal(["₹1,200", "₹3,40,000", "₹1,10,00,000"], svg.Texts("value"));
    }
}
