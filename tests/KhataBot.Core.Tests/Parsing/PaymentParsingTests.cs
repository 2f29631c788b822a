using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class PaymentParsingTests
{
    public static TheoryData<string, string, string, string?> Payments => new()
    {
        { "paid Ramesh 200", "Ramesh", "200", null },
        { "Ramesh paid 200", "Ramesh", "200", null },
        { "payment Ramesh 200", "Ramesh", "200", null },
        { "received 200 from Ramesh", "Ramesh", "200", null },
        { "recieved 200 from Ramesh", "Ramesh", "200", null },
        { "got 200 from Ramesh", "Ramesh", "200", null },
        { "got 200 from Ramesh Kumar for october", "Ramesh Kumar", "200", "october" },
        { "got 200 from Ramesh Kumar, cash", "Ramesh Kumar", "200", "cash" },
        { "received from Ramesh 200", "Ramesh", "200", null },
        { "jama Ramesh 200", "Ramesh", "200", null },
        { "jama Ramesh se 200", "Ramesh", "200", null },
        { "Ramesh 200 jama", "Ramesh", "200", null },
        { "Ramesh jama 200", "Ramesh", "200", null },
        { "Ramesh ne 200 diye", "Ramesh", "200", null },
        { "Ramesh ne 200 jama kiye", "Ramesh", "200", null },
        { "Ramesh gave 200", "Ramesh", "200", null },
        { "Ramesh Kumar paid 1.5k", "Ramesh Kumar", "1500", null },
        { "paid Ramesh 200 cash", "Ramesh", "200", "cash" },
        { "paid Ramesh 200 by upi", "Ramesh", "200", "by upi" },
        { "add payment Ramesh 200", "Ramesh", "200", null },
    };

    [Theory]
    [MemberData(nameof(Payments))]
    public void Payment_forms_name_the_customer_amount_and_note(string message, string customer, string amount, string? note)
    {
        Assert.Equal(new AddPayment(customer, Amount(amount), note, Today), Parse(message));
    }

    [Fact]
    public void Paid_with_name_first_is_a_payment_not_a_credit()
    {
        Assert.IsType<AddPayment>(Parse("Ramesh paid 200"));
    }

    [Fact]
    public void Gave_before_the_name_is_a_credit_but_after_the_name_is_a_payment()
    {
        Assert.IsType<AddCredit>(Parse("gave Ramesh 200"));
        Assert.IsType<AddPayment>(Parse("Ramesh gave 200"));
    }

    [Fact]
    public void A_date_word_typed_before_the_amount_dates_the_payment()
    {
        Assert.Equal(new AddPayment("Ramesh", 200m, null, Today.AddDays(-1)), Parse("paid Ramesh yesterday 200"));
    }

    [Fact]
    public void Hindi_word_order_with_a_date_between_name_and_amount_works()
    {
        Assert.Equal(new AddPayment("Ramesh", 200m, null, Today), Parse("Ramesh ne aaj 200 diye"));
    }

    [Theory]
    [InlineData("paid", "Who paid, and how much")]
    [InlineData("paid Ramesh", "couldn't find an amount")]
    [InlineData("paid 1200 electricity", "Who paid?")]
    [InlineData("received 2000", "Who paid?")]
    [InlineData("received 200 from", "couldn't find the customer's name")]
    public void Payment_without_a_usable_name_or_amount_says_what_is_missing(string message, string expected)
    {
        var reason = Reason(message);
        Assert.Contains(expected, reason);
        Assert.EndsWith("Try: paid Ramesh 200", reason);
    }
}
