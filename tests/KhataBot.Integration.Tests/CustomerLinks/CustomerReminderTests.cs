using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Telegram;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Integration.Tests.CustomerLinks.CustomerLinkKit;
using static KhataBot.Integration.Tests.Reminders.ReminderKit;

namespace KhataBot.Integration.Tests.CustomerLinks;

/// <summary>The reminder round tells a linked customer of his dues, in the same round and on the same stages as his shop.</summary>
public sealed class CustomerReminderTests
{
    private static async Task<TestBook> LinkedAsync()
    {
        var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SayAsync(Asha, "shop name Sharma Kirana");
        await book.SayAsync(Asha, "add Ramesh 500 rice due 21 nov");
        await book.SayAsync(Asha, "add Ramesh 250 oil due 22 nov");
        await book.SayAsync(Asha, "add Suresh 300 due 21 nov");
        await book.SayAsync(Ramesh, "/start " + await book.LinkAsync(Asha, "Ramesh"));
        return book;
    }

    private static Task<List<OutboxMessage>> ToCustomerAsync(TestBook book) =>
        book.QueryAsync(db => db.OutboxMessages.Where(m => m.ChatId == Ramesh && m.Text.StartsWith("🙏 Namaste Ramesh,")).OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task A_linked_customer_gets_a_polite_reminder_with_the_upi_link_on_each_stage_once()
    {
        await using var book = await LinkedAsync();
        await book.SayAsync(Asha, "upi sharma@okbank");

        await book.SweepAtAsync(India(11, 20, 9, 0));
        await book.SweepAtAsync(India(11, 20, 9, 5));
        await book.SweepAtAsync(India(11, 21, 9, 0));

        var sent = await ToCustomerAsync(book);
        Assert.Equal(2, sent.Count);
        Assert.Equal("""
            🙏 Namaste Ramesh, a gentle reminder from Sharma Kirana:
            • ₹500 due tomorrow
            Pay by UPI: upi://pay?pa=sharma@okbank&pn=Sharma%20Kirana&am=500.00&cu=INR&tn=Ramesh%20khata%20%231
            If you have paid already, thank you, and please ignore this.
            Send balance to see your khata.
            """, sent[0].Text);
        Assert.Contains("• ₹500 due today\n• ₹250 due tomorrow\nTotal: ₹750\nPay by UPI: upi://pay?pa=sharma@okbank&pn=Sharma%20Kirana&am=750.00&cu=INR&tn=Ramesh%20khata%20%231%20%232", sent[1].Text);
        Assert.All(sent, m => Assert.Null(m.ButtonsJson));
        // Suresh opened no link: only his shop hears of him.
        Assert.Equal(0, await book.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Text.StartsWith("🙏 Namaste Suresh"))));
    }

    [Fact]
    public async Task A_snoozed_due_is_not_sent_to_the_customer_either()
    {
        await using var book = await LinkedAsync();
        book.Clock.Now = India(11, 20, 8, 0);
        await book.SayAsync(Asha, "snooze #1");
        await book.SayAsync(Asha, "snooze #2");

        await book.SweepAtAsync(India(11, 20, 9, 0));

        Assert.Empty(await ToCustomerAsync(book));
    }

    [Fact]
    public async Task A_customer_who_blocked_the_bot_is_not_sent_to_but_the_shop_still_is()
    {
        await using var book = await LinkedAsync();
        await book.QueryAsync(db =>
        {
            db.InactiveChats.Add(new InactiveChat { ChatId = Ramesh, Since = book.Clock.GetUtcNow(), Reason = "blocked" });
            return db.SaveChangesAsync();
        });

        await book.SweepAtAsync(India(11, 20, 9, 0));

        Assert.Empty(await ToCustomerAsync(book));
        Assert.Single(await book.RemindersAsync());
    }

    [Fact]
    public async Task Remind_customer_sends_to_his_chat_once_a_day()
    {
        await using var book = await LinkedAsync();
        book.Clock.Now = India(11, 25, 12, 0);

        Assert.Equal("📣 Reminded Ramesh of ₹500 (#1) in his chat with the bot.", await book.SayAsync(Asha, "remind #1"));
        Assert.Equal("Ramesh was already reminded of #1 today. Nothing more was sent.", await book.SayAsync(Asha, "remind #1"));
        var sent = Assert.Single(await ToCustomerAsync(book));
        Assert.Contains("• ₹500 was due on 21 Nov (4 days ago)", sent.Text);

        book.Clock.Advance(TimeSpan.FromDays(1));
        await book.SayAsync(Asha, "remind #1");
        Assert.Equal(2, (await ToCustomerAsync(book)).Count);
    }
}
