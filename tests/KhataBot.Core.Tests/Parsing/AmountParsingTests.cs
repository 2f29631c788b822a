using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class AmountParsingTests
{
    [Theory]
    [InlineData("500", "500")]
    [InlineData("500.50", "500.5")]
    [InlineData("0.10", "0.1")]
    [InlineData("99.99", "99.99")]
    [InlineData(".5", "0.5")]
    [InlineData("₹500", "500")]
    [InlineData("₹ 500", "500")]
    [InlineData("Rs 500", "500")]
    [InlineData("Rs. 500", "500")]
    [InlineData("Rs.500", "500")]
    [InlineData("rs500", "500")]
    [InlineData("INR 500", "500")]
    [InlineData("500rs", "500")]
    [InlineData("500 rs", "500")]
    [InlineData("500 rupees", "500")]
    [InlineData("500/-", "500")]
    [InlineData("₹500/-", "500")]
    [InlineData("1,500", "1500")]
    [InlineData("100,000", "100000")]
    [InlineData("1,00,000", "100000")]
    [InlineData("10,00,000.50", "1000000.5")]
    [InlineData("1.5k", "1500")]
    [InlineData("1.25K", "1250")]
    [InlineData("2k", "2000")]
    [InlineData("2 k", "2000")]
    [InlineData("1.23456k", "1234.56")]
    [InlineData("2 hazar", "2000")]
    [InlineData("1 lakh", "100000")]
    [InlineData("1.2 lakh", "120000")]
    [InlineData("1.5lakh", "150000")]
    [InlineData("1 lac", "100000")]
    [InlineData("2 lakhs", "200000")]
    [InlineData("1.5 lacs", "150000")]
    [InlineData("1 crore", "10000000")]
    [InlineData("1,00,00,000", "10000000")]
    [InlineData("+500", "500")]
    [InlineData("५००", "500")]
    public void Amounts_are_read_as_written_in_Indian_shops(string typed, string expected)
    {
        var credit = Assert.IsType<AddCredit>(Parse($"add Ramesh {typed} atta"));
        Assert.Equal(Amount(expected), credit.Amount);
        Assert.Equal("atta", credit.Note);
    }

    [Fact]
    public void Amounts_are_exact_decimals_with_no_trailing_zeros()
    {
        var amount = Assert.IsType<AddCredit>(Parse("add Ramesh 0.10")).Amount;
        Assert.Equal(0.1m, amount);
        Assert.Equal("0.1", amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-500", "can't be negative")]
    [InlineData("₹-500", "can't be negative")]
    [InlineData("−500", "can't be negative")]
    [InlineData("0", "must be more than zero")]
    [InlineData("0.00", "must be more than zero")]
    [InlineData("₹0", "must be more than zero")]
    [InlineData("5.555", "at most two decimal places")]
    [InlineData("0.001", "at most two decimal places")]
    [InlineData("1.234567k", "at most two decimal places")]
    [InlineData("10000000.01", "more than ₹1,00,00,000")]
    [InlineData("2 crore", "more than ₹1,00,00,000")]
    [InlineData("100000000", "more than ₹1,00,00,000")]
    [InlineData("99999999999999999999999999999999999", "more than ₹1,00,00,000")]
    [InlineData("12abc", "couldn't read '12abc' as an amount")]
    [InlineData("1,0,0", "couldn't read '1,0,0' as an amount")]
    [InlineData("15,00", "couldn't read '15,00' as an amount")]
    [InlineData("1.2.3", "couldn't read '1.2.3' as an amount")]
    [InlineData("Rs 5x", "couldn't read 'Rs 5x' as an amount")]
    public void Bad_amounts_are_refused_with_a_specific_reason_and_an_example(string typed, string expected)
    {
        var reason = Reason($"add Ramesh {typed} atta");
        Assert.Contains(expected, reason);
        Assert.EndsWith("Try: add Ramesh 500 groceries", reason);
    }

    [Fact]
    public void One_crore_is_the_largest_amount_allowed()
    {
        Assert.Equal(1_00_00_000m, Assert.IsType<AddCredit>(Parse("add Ramesh 10000000")).Amount);
        Assert.IsType<Unparseable>(Parse("add Ramesh 10000000.01"));
    }

    [Fact]
    public void An_amount_error_in_an_expense_shows_the_expense_example()
    {
        Assert.EndsWith("Try: spent 300 tea", Reason("spent 5.555 tea"));
    }
}
