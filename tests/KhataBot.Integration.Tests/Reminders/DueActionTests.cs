using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Core.Reminders;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Integration.Tests.Reminders.ReminderKit;

namespace KhataBot.Integration.Tests.Reminders;

/// <summary>The buttons under a due reminder, pressed as Telegram delivers them: the action as text, bound to its shop.</summary>
public sealed class DueActionTests
{
    private static async Task<(TestBook Book, List<OutboxButton> Buttons)> RemindedAsync()
    {
        var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Suresh 300 due 15 nov");
        await book.SendAsync("add Ramesh 500 due 21 nov");
        await book.SweepAtAsync(India(11, 21, 9, 0));
        var reminder = Assert.Single(await book.RemindersAsync());
        return (book, [.. OutboxButton.Read(reminder.ButtonsJson)]);
    }

    private static Task<Reply> PressAsync(TestBook book, OutboxButton button, long chatId = TestBook.ChatId)
    {
        Assert.True(ButtonData.TryDecode(button.Data, out var shopId, out var action));
        return book.Engine.HandleAsync(new IncomingMessage(chatId, "Owner", action) { ButtonOfShopId = shopId }, default);
    }

    private static Task<long> BalanceAsync(TestBook book, string name) =>
        book.QueryAsync(db => db.Customers.Where(c => c.Name == name).Select(c => c.BalancePaise).SingleAsync());

    [Fact]
    public async Task The_reminder_has_paid_remind_and_snooze_for_each_due()
    {
        var (book, buttons) = await RemindedAsync();
        await using var _ = book;

        Assert.Equal(["✅ Paid #2 Ramesh", "📣 Remind customer", "💤 Snooze 3 days", "✅ Paid #1 Suresh", "📣 Remind customer", "💤 Snooze 3 days"], buttons.Select(b => b.Text));
        Assert.All(buttons, b => Assert.True(b.Data.Length <= ButtonData.MaxBytes));
    }

    [Fact]
    public async Task Paid_settles_the_due_it_was_pressed_for_even_when_an_older_due_is_open()
    {
        await using var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Ramesh 300 due 15 nov");
        await book.SendAsync("add Ramesh 500 due 21 nov");
        await book.SweepAtAsync(India(11, 21, 9, 0));
        var buttons = OutboxButton.Read(Assert.Single(await book.RemindersAsync()).ButtonsJson);

        await PressAsync(book, buttons.Single(b => b.Text == "✅ Paid #2 Ramesh"));

        var dues = await book.QueryAsync(db => db.Entries.Where(e => e.DueDate != null).OrderBy(e => e.Number).Select(e => e.DuePaidPaise).ToListAsync());
        Assert.Equal([0, 50_000], dues); // #1 still open, #2 settled
        Assert.Equal(30_000, await BalanceAsync(book, "Ramesh"));
        Assert.Equal("Already booked: #3 Ramesh paid ₹500 (for #2). Ramesh owes ₹300.", (await PressAsync(book, buttons.Single(b => b.Text == "✅ Paid #2 Ramesh"))).Text);
    }

    [Fact]
    public async Task Paid_pressed_again_after_the_due_grew_books_what_is_left_now()
    {
        var (book, buttons) = await RemindedAsync();
        await using var _ = book;
        var paid = buttons.Single(b => b.Text == "✅ Paid #2 Ramesh");
        await PressAsync(book, paid);

        await book.SendAsync("edit #2 700");
        var again = await PressAsync(book, paid);

        Assert.Equal("#4 Ramesh paid ₹200 (for #2). Ramesh is all clear.", again.Text);
        Assert.Equal(0, await BalanceAsync(book, "Ramesh"));
    }

    [Fact]
    public async Task Paid_books_what_is_left_once_however_often_it_is_pressed()
    {
        var (book, buttons) = await RemindedAsync();
        await using var _ = book;
        var paid = buttons.Single(b => b.Text == "✅ Paid #2 Ramesh");

        var first = await PressAsync(book, paid);
        var second = await PressAsync(book, paid);

        Assert.Equal("#3 Ramesh paid ₹500 (for #2). Ramesh is all clear.", first.Text);
        Assert.Equal("↩ Undo", Assert.Single(first.Buttons).Text);
        Assert.StartsWith("Already booked: #3 Ramesh paid ₹500", second.Text);
        Assert.Equal(1, await book.QueryAsync(db => db.Entries.CountAsync(e => e.Kind == Core.Ledger.EntryKind.Payment)));
        Assert.Equal(0, await BalanceAsync(book, "Ramesh"));
        Assert.Equal(1, await book.QueryAsync(db => db.AuditRecords.CountAsync(a => a.Summary.StartsWith("#3 Ramesh paid"))));
    }

    [Fact]
    public async Task An_undone_button_payment_can_be_booked_again()
    {
        var (book, buttons) = await RemindedAsync();
        await using var _ = book;
        var paid = buttons.Single(b => b.Text == "✅ Paid #1 Suresh");
        await PressAsync(book, paid);

        Assert.StartsWith("Undone: #3 Suresh paid ₹300", await book.SendAsync("undo"));
        Assert.Equal(300_00, await BalanceAsync(book, "Suresh"));

        Assert.StartsWith("#4 Suresh paid ₹300", (await PressAsync(book, paid)).Text);
        Assert.Equal(0, await BalanceAsync(book, "Suresh"));
    }

    [Fact]
    public async Task A_due_paid_by_other_means_is_not_paid_again()
    {
        var (book, buttons) = await RemindedAsync();
        await using var _ = book;
        await book.SendAsync("paid Ramesh 500");

        var reply = await PressAsync(book, buttons.Single(b => b.Text == "✅ Paid #2 Ramesh"));

        Assert.Equal("#2 is paid already. Ramesh is all clear.", reply.Text);
        Assert.Equal(0, await BalanceAsync(book, "Ramesh"));
    }

    [Fact]
    public async Task A_button_of_one_shop_does_nothing_in_another_shops_chat()
    {
        var (book, buttons) = await RemindedAsync();
        await using var _ = book;
        await book.SendAsync("add Ramesh 500 due 21 nov", chatId: 2002);

        var reply = await PressAsync(book, buttons.Single(b => b.Text == "✅ Paid #2 Ramesh"), chatId: 2002);

        Assert.Equal(KhataEngine.ForeignButton, reply.Text);
        Assert.Equal(0, await book.QueryAsync(db => db.Entries.CountAsync(e => e.Kind == Core.Ledger.EntryKind.Payment)));
    }

    [Fact]
    public async Task Snooze_holds_the_dues_reminders_for_three_days_and_undo_lifts_it()
    {
        await using var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Ramesh 500 due 21 nov");
        await book.SweepAtAsync(India(11, 20, 9, 0));
        var snooze = OutboxButton.Read(Assert.Single(await book.RemindersAsync()).ButtonsJson).Single(b => b.Text.StartsWith("💤"));

        Assert.Equal("💤 No reminders of #1 (Ramesh, ₹500) before 23 Nov. To take it back: undo", (await PressAsync(book, snooze)).Text);
        await book.SweepAtAsync(India(11, 21, 9, 0));
        await book.SweepAtAsync(India(11, 22, 9, 0));
        Assert.Single(await book.RemindersAsync());

        await book.SweepAtAsync(India(11, 23, 9, 0));
        var reminders = await book.RemindersAsync();
        Assert.Equal(2, reminders.Count);
        Assert.Contains("Overdue:\n• Ramesh: ₹500, 2 days late (#1)", reminders[1].Text);
    }

    [Fact]
    public async Task An_undone_snooze_lets_the_next_round_remind()
    {
        await using var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Ramesh 500 due 21 nov");
        book.Clock.Now = India(11, 20, 8, 0);
        await book.SendAsync("snooze #1");

        Assert.Equal("Undone: #1 is reminded as usual again.", await book.SendAsync("undo"));
        await book.SweepAtAsync(India(11, 20, 9, 0));

        Assert.Contains("Due tomorrow:\n• Ramesh: ₹500 (#1)", Assert.Single(await book.RemindersAsync()).Text);
    }

    [Fact]
    public async Task Remind_customer_without_a_link_gives_the_shopkeeper_a_whatsapp_link_with_the_text()
    {
        var (book, buttons) = await RemindedAsync();
        await using var _ = book;
        await book.SendAsync("phone Ramesh 98765 43210");
        await book.SendAsync("shop name Sharma Kirana");

        var reply = (await PressAsync(book, buttons[1])).Text;

        Assert.StartsWith("Ramesh has not opened his link yet. Send him this on WhatsApp", reply);
        Assert.Contains("https://wa.me/919876543210?text=%F0%9F%99%8F%20Namaste%20Ramesh%2C%20a%20gentle%20reminder%20from%20Sharma%20Kirana%3A%0A", reply);
        Assert.Contains("🙏 Namaste Ramesh, a gentle reminder from Sharma Kirana:\n• ₹500 due today\n", reply);
        Assert.Contains("link Ramesh", reply);
    }

    [Fact]
    public async Task Remind_customer_without_a_link_or_phone_gives_text_to_forward_and_says_how_to_get_more()
    {
        var (book, buttons) = await RemindedAsync();
        await using var _ = book;

        var reply = (await PressAsync(book, buttons[4])).Text;

        Assert.StartsWith("Suresh has no phone number and has not opened his link. Forward this to him:", reply);
        Assert.Contains("• ₹300 was due on 15 Nov (6 days ago)", reply);
        Assert.Contains("phone Suresh 9876543210", reply);
        Assert.DoesNotContain("wa.me", reply);
    }

    [Fact]
    public async Task Paid_or_remind_on_a_number_that_is_no_due_says_so()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 500 rice");

        Assert.Equal("#1 is not a credit with a due date. Type dues to see what is due.", await book.SendAsync("paid #1"));
        Assert.StartsWith("There is no entry #9", await book.SendAsync("remind #9"));
        Assert.Equal(500_00, await BalanceAsync(book, "Ramesh"));
    }

    [Fact]
    public async Task A_reminder_asked_for_never_holds_back_the_scheduled_one()
    {
        await using var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Ramesh 500 due 21 nov");
        book.Clock.Now = India(11, 20, 8, 0);
        await book.QueryAsync(async db =>
        {
            var entry = await db.Entries.SingleAsync();
            db.ReminderLog.Add(new ReminderLogEntry { Day = new(2026, 11, 20), EntryId = entry.Id, Stage = ReminderStage.OnRequest, ShopId = entry.ShopId, SentAt = book.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        await book.SweepAtAsync(India(11, 20, 9, 0));

        Assert.Single(await book.RemindersAsync());
    }
}
