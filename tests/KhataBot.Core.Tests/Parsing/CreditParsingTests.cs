using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class CreditParsingTests
{
    public static TheoryData<string, string, string, string?> Credits => new()
    {
        // message, customer, amount, note
        { "add Ramesh 500 groceries", "Ramesh", "500", "groceries" },
        { "credit Ramesh 500", "Ramesh", "500", null },
        { "udhar Ramesh 500 atta", "Ramesh", "500", "atta" },
        { "udhaar Ramesh 500", "Ramesh", "500", null },
        { "Ramesh 500 udhar", "Ramesh", "500", null },
        { "Ramesh 500 udhar atta", "Ramesh", "500", "atta" },
        { "Ramesh udhar 500", "Ramesh", "500", null },
        { "gave Ramesh 500", "Ramesh", "500", null },
        { "Ramesh ko 500 udhar", "Ramesh", "500", null },
        { "Ramesh ko 500 udhar diya", "Ramesh", "500", null },
        { "Ramesh took 500 atta", "Ramesh", "500", "atta" },
        { "udhar Ramesh ko 500", "Ramesh", "500", null },
        { "add Ramesh Kumar 500", "Ramesh Kumar", "500", null },
        { "add Ramesh Kumar Sharma 1.5k rice and dal", "Ramesh Kumar Sharma", "1500", "rice and dal" },
        { "add Ramesh 500 for groceries", "Ramesh", "500", "groceries" },
        { "add Ramesh 500 udhar", "Ramesh", "500", null },
        { "add Ramesh, 500, atta", "Ramesh", "500", "atta" },
        { "add Ramesh 500 atta, 2 kg", "Ramesh", "500", "atta, 2 kg" },
        { "gave 500 to Ramesh", "Ramesh", "500", null },
        { "gave 500 to Ramesh Kumar, atta", "Ramesh Kumar", "500", "atta" },
        { "add 500 to Ramesh for atta", "Ramesh", "500", "atta" },
        { "add रमेश 500", "रमेश", "500", null },
        { "add O'Brien 500", "O'Brien", "500", null },
        { "add R.K. Sharma 500", "R.K. Sharma", "500", null },
        { "ADD   ramesh   500   Groceries", "ramesh", "500", "Groceries" },
        { "Add RAMESH 500", "RAMESH", "500", null },
        { "@KhataBot add Ramesh 500", "Ramesh", "500", null },
        { "/add@KhataBot Ramesh 500", "Ramesh", "500", null },
        { "add credit Ramesh 500", "Ramesh", "500", null },
    };

    [Theory]
    [MemberData(nameof(Credits))]
    public void Credit_forms_name_the_customer_amount_and_note(string message, string customer, string amount, string? note)
    {
        Assert.Equal(new AddCredit(customer, Amount(amount), note, Today, null), Parse(message));
    }

    [Fact]
    public void A_message_that_starts_with_a_name_and_has_no_udhar_or_jama_asks_which()
    {
        var ask = Assert.IsType<Ask>(Parse("Ramesh 500"));
        Assert.Contains("udhar or jama", ask.Question);
        Assert.Equal([new AddCredit("Ramesh", 500m, null, Today, null), new AddPayment("Ramesh", 500m, null, Today)], ask.Choices);
    }

    [Theory]
    [InlineData("diya Ramesh 500")]
    [InlineData("diye Ramesh 500")]
    public void Diya_alone_is_asked_about_because_it_could_mean_either_way(string message)
    {
        var ask = Assert.IsType<Ask>(Parse(message));
        Assert.Equal([new AddCredit("Ramesh", 500m, null, Today, null), new AddPayment("Ramesh", 500m, null, Today)], ask.Choices);
    }

    [Fact]
    public void Diya_without_an_amount_is_refused()
    {
        Assert.Contains("could mean udhar or jama", Reason("diya Ramesh"));
    }

    [Theory]
    [InlineData("add", "Who took it on udhar")]
    [InlineData("add Ramesh", "couldn't find an amount")]
    [InlineData("udhar Ramesh atta", "couldn't find an amount")]
    [InlineData("add 500", "Put the name before the amount")]
    [InlineData("add 500 Ramesh", "Put the name before the amount")]
    [InlineData("add 12345 500", "only numbers")]
    public void Credit_without_a_usable_name_or_amount_says_what_is_missing(string message, string expected)
    {
        Assert.Contains(expected, Reason(message));
    }

    [Fact]
    public void Credit_reasons_show_the_credit_example()
    {
        Assert.EndsWith("Try: add Ramesh 500 groceries", Reason("add Ramesh"));
    }
}
