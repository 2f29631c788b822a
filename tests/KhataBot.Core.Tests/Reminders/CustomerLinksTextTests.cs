using System.Text;
using KhataBot.Core.Outbox;
using KhataBot.Core.Reminders;
using KhataBot.Core.Reminders.Customers;
using KhataBot.Core.Shops.Upi;

namespace KhataBot.Core.Tests.Reminders;

public class CustomerLinksTextTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void A_upi_link_encodes_every_value_and_gives_the_amount_with_two_decimals()
    {
        var link = UpiLink.For("sharma.store@okhdfcbank", "Sharma & Sons #1", 50_050, "Ramesh khata #12");

        Assert.Equal("upi://pay?pa=sharma.store@okhdfcbank&pn=Sharma%20%26%20Sons%20%231&am=500.50&cu=INR&tn=Ramesh%20khata%20%2312", link);
    }

    [Theory]
    [InlineData(50_000, "500.00")]
    [InlineData(1, "0.01")]
    [InlineData(1_00_00_000_00, "10000000.00")]
    public void Upi_amounts_are_plain_rupees_with_two_decimals(long paise, string amount) =>
        Assert.Contains($"&am={amount}&", UpiLink.For("a1@ybl", "Shop", paise, "x"));

    [Fact]
    public void Devanagari_names_are_percent_encoded_as_utf8_and_long_notes_cut()
    {
        var link = UpiLink.For("a1@ybl", "शर्मा", 100, new string('x', 80));

        Assert.Contains("pn=" + string.Concat(Encoding.UTF8.GetBytes("शर्मा").Select(b => $"%{b:X2}")), link);
        Assert.EndsWith("tn=" + new string('x', UpiLink.MaxNoteLength), link);
        Assert.True(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == "upi");
    }

    [Theory]
    [InlineData("98765 43210")]
    [InlineData("+91-98765-43210")]
    [InlineData("09876543210")]
    [InlineData("919876543210")]
    public void An_indian_number_opens_whatsapp_as_91_and_ten_digits(string phone) =>
        Assert.StartsWith("https://wa.me/919876543210?text=", WhatsAppLink.For(phone, "hi"));

    [Fact]
    public void The_whatsapp_text_is_percent_encoded_lines_and_all() =>
        Assert.Equal("https://wa.me/919876543210?text=Namaste%20Ramesh%2C%0A%E2%82%B9500%20%26%20more%3F",
            WhatsAppLink.For("9876543210", "Namaste Ramesh,\n₹500 & more?"));

    [Theory]
    [InlineData(null)]
    [InlineData("12345")]
    [InlineData("0123456789")]
    public void No_whatsapp_link_without_a_usable_number(string? phone) =>
        Assert.Null(WhatsAppLink.For(phone, "hi"));

    [Fact]
    public void A_customer_reminder_is_polite_says_when_and_carries_the_upi_link_for_the_total()
    {
        var text = CustomerReminderText.For(new ReminderSender("Sharma Kirana", "sharma@okbank"), "Ramesh",
            [new DueReminder(12, "Ramesh", 50_000, Today), new DueReminder(7, "Ramesh", 30_000, Today.AddDays(-6))], Today, linkedChat: true);

        Assert.Equal("""
            🙏 Namaste Ramesh, a gentle reminder from Sharma Kirana:
            • ₹300 was due on 15 Nov (6 days ago)
            • ₹500 due today
            Total: ₹800
            Pay by UPI: upi://pay?pa=sharma@okbank&pn=Sharma%20Kirana&am=800.00&cu=INR&tn=Ramesh%20khata%20%2312%20%237
            If you have paid already, thank you, and please ignore this.
            Send balance to see your khata.
            """, text);
    }

    [Fact]
    public void Without_a_upi_id_or_a_linked_chat_the_reminder_has_neither_line()
    {
        var text = CustomerReminderText.For(new ReminderSender("Sharma Kirana", null), "Ramesh", [new DueReminder(12, "Ramesh", 50_000, Today.AddDays(1))], Today, linkedChat: false);

        Assert.Equal("""
            🙏 Namaste Ramesh, a gentle reminder from Sharma Kirana:
            • ₹500 due tomorrow
            If you have paid already, thank you, and please ignore this.
            """, text);
    }

    [Fact]
    public void Each_due_in_the_shops_reminder_gets_a_row_of_three_buttons_in_the_order_shown()
    {
        var reply = DueReminderText.For(
        [
            new DueReminder(15, "Mohan", 30_000, Today.AddDays(1)),
            new DueReminder(12, "Ramesh", 50_000, Today),
        ], Today);

        Assert.Equal(
        [
            ("✅ Paid #12 Ramesh", "paid #12"), ("📣 Remind customer", "remind #12"), ("💤 Snooze 3 days", "snooze #12"),
            ("✅ Paid #15 Mohan", "paid #15"), ("📣 Remind customer", "remind #15"), ("💤 Snooze 3 days", "snooze #15"),
        ], reply.Buttons.Select(b => (b.Text, b.Action)));
    }

    [Fact]
    public void Button_data_fits_telegrams_64_bytes_even_for_the_largest_ids() =>
        Assert.All(DueReminderText.For([new DueReminder(int.MaxValue, "Ramesh", 100, Today)], Today).Buttons,
            b => Assert.NotNull(ButtonData.Encode(long.MaxValue, b.Action)));

    [Fact]
    public void Only_the_first_ten_dues_get_buttons_and_the_text_says_how_to_act_on_the_rest()
    {
        var dues = Enumerable.Range(1, 12).Select(n => new DueReminder(n, $"C{n}", 100, Today)).ToList();

        var reply = DueReminderText.For(dues, Today);

        Assert.Equal(DueReminderText.MaxDuesWithButtons * 3, reply.Buttons.Count);
        Assert.Contains("Buttons are for the first 10; for the others type paid #11, remind #11 or snooze #11", reply.Text);
    }
}
