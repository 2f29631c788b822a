using KhataBot.Infrastructure.Charts;

namespace KhataBot.Integration.Tests.Charts;

public sealed class IndianMoneyAxisTests
{
    [Theory]
    [InlineData(0, "₹0")]
    [InlineData(500, "₹500")]
    [InlineData(20_000, "₹20k")]
    [InlineData(1_200, "₹1.2k")]
    [InlineData(1_250, "₹1.25k")]
    [InlineData(99_000, "₹99k")]
    [InlineData(1_00_000, "₹1L")]
    [InlineData(3_40_000, "₹3.4L")]
    [InlineData(1_10_00_000, "₹1.1Cr")]
    [InlineData(-1_500, "-₹1.5k")]
    [InlineData(0.5, "₹0.5")]
    public void Amounts_are_shortened_in_thousands_lakhs_and_crores(double rupees, string expected)
    {
        Assert.Equal(expected, IndianMoneyAxis.Format((decimal)rupees));
    }
}
