using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class DueActionAndLinkParsingTests
{
    [Theory]
    [InlineData("paid #12", 12)]
    [InlineData("Paid #7", 7)]
    [InlineData("jama #3", 3)]
    public void Paid_with_an_entry_number_pays_that_due(string message, int number) =>
        Assert.Equal(new PayDue(number), Parse(message));

    [Fact]
    public void Paid_with_a_name_is_still_a_payment() =>
        Assert.IsType<AddPayment>(Parse("paid Ramesh 200"));

    [Fact]
    public void Paid_with_a_number_and_more_is_refused_with_both_forms() =>
        Assert.Contains("paid #12 or paid Ramesh 200", Reason("paid #12 500"));

    [Fact]
    public void Remind_with_an_entry_number_reminds_the_customer() =>
        Assert.Equal(new RemindCustomer(12), Parse("remind #12"));

    [Fact]
    public void Remind_every_is_still_the_reminder_setting() =>
        Assert.Equal(new SetRemindEvery(7), Parse("remind every 7 days"));

    [Theory]
    [InlineData("snooze #12", 3)]
    [InlineData("snooze #12 7 days", 7)]
    [InlineData("snooze #12 for 5 days", 5)]
    [InlineData("snooze #12 a week", 7)]
    [InlineData("snooze 12 1 day", 1)]
    public void Snooze_holds_a_due_back_three_days_or_as_many_as_said(string message, int days) =>
        Assert.Equal(new SnoozeDue(12, days), Parse(message));

    [Theory]
    [InlineData("snooze", "Which due")]
    [InlineData("snooze Ramesh", "Which due")]
    [InlineData("snooze #12 0 days", "1 to 30 days")]
    [InlineData("snooze #12 45 days", "1 to 30 days")]
    [InlineData("snooze #12 soon", "how many days")]
    public void A_snooze_the_bot_cannot_use_says_why(string message, string why) =>
        Assert.Contains(why, Reason(message), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("link Ramesh", "Ramesh")]
    [InlineData("link Suresh Kumar", "Suresh Kumar")]
    public void Link_names_the_customer(string message, string customer) =>
        Assert.Equal(new LinkCustomer(customer), Parse(message));

    [Fact]
    public void Link_without_a_name_asks_whose() =>
        Assert.Contains("Whose link?", Reason("link"));

    [Theory]
    [InlineData("upi sharma.store@okhdfcbank", "sharma.store@okhdfcbank")]
    [InlineData("upi Shop@OkBank", "shop@okbank")]
    [InlineData("upi id 9876543210@ybl", "9876543210@ybl")]
    [InlineData("set upi to my-shop_1@paytm", "my-shop_1@paytm")]
    public void Upi_sets_a_valid_id_in_lower_case(string message, string id) =>
        Assert.Equal(new SetUpiId(id), Parse(message));

    [Theory]
    [InlineData("upi shop")]
    [InlineData("upi @okbank")]
    [InlineData("upi shop@")]
    [InlineData("upi shop@ok@bank")]
    [InlineData("upi shop@1bank")]
    [InlineData("upi sh op@okbank")]
    [InlineData("upi shop&x@okbank")]
    public void A_upi_id_of_the_wrong_form_is_refused_with_an_example(string message) =>
        Assert.Contains("upi sharmastore@okbank", Reason(message));

    [Fact]
    public void Upi_alone_shows_it_and_upi_off_removes_it()
    {
        Assert.Equal(new ShowUpi(), Parse("upi"));
        Assert.Equal(new SetUpiId(null), Parse("upi off"));
    }

    [Fact]
    public void A_customer_link_payload_keeps_its_token_exactly()
    {
        Assert.Equal(new JoinAsCustomer("AbC-_x9"), Parse("/start c_AbC-_x9"));
        Assert.Equal(new JoinAsStaff("AbC"), Parse("/start staff_AbC"));
        Assert.Equal(new StartChat(), Parse("/start C_AbC"));
    }
}
