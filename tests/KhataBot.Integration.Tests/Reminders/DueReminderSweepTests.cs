using KhataBot.Core.Reminders;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Integration.Tests.Reminders.ReminderKit;

namespace KhataBot.Integration.Tests.Reminders;

public sealed class DueReminderSweepTests
{
    /// <summary>Written on 10 Nov: Ramesh due 21 Nov (#1), Suresh due 15 Nov (#2), Mohan due 22 Nov (#3),
    /// Geeta due 30 Nov (#4), Anil due 21 Nov but paid (#5).</summary>
    private static async Task<TestBook> BookWithDuesAsync()
    {
        var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Ramesh 500 due 21 nov");
        await book.SendAsync("add Suresh 300 due 15 nov");
        await book.SendAsync("add Mohan 200 due 22 nov");
        await book.SendAsync("add Geeta 100 due 30 nov");
        await book.SendAsync("add Anil 400 due 21 nov");
        await book.SendAsync("paid Anil 400");
        return book;
    }

    [Fact]
    public async Task At_the_reminder_time_one_message_lists_what_is_due_today_overdue_and_tomorrow()
    {
        await using var book = await BookWithDuesAsync();

        var result = await book.SweepAtAsync(India(11, 21, 9, 0));

        var reminder = Assert.Single(await book.RemindersAsync());
        Assert.Equal(TestBook.ChatId, reminder.ChatId);
        Assert.Equal("""
            🔔 Dues to collect
            Due today:
            • Ramesh: ₹500 (#1)
            Overdue:
            • Suresh: ₹300, 6 days late (#2)
            Due tomorrow:
            • Mohan: ₹200 (#3)
            When someone pays: paid Ramesh 500
            """, reminder.Text);
        Assert.Equal(new(1, 3), result);
        Assert.Equal(3, await book.LogRowsAsync());
    }

    [Fact]
    public async Task Nothing_goes_out_before_the_shops_reminder_time()
    {
        await using var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Ramesh 500 due 21 nov");

        await book.SweepAtAsync(India(11, 19, 10));
        await book.SweepAtAsync(India(11, 20, 8, 59));
        Assert.Empty(await book.RemindersAsync());

        await book.SweepAtAsync(India(11, 20, 9, 0));
        var reminder = Assert.Single(await book.RemindersAsync());
        Assert.Contains("Due tomorrow:\n• Ramesh: ₹500 (#1)", reminder.Text);
    }

    [Fact]
    public async Task A_round_run_twice_sends_nothing_twice()
    {
        await using var book = await BookWithDuesAsync();
        await book.SweepAtAsync(India(11, 21, 9, 0));

        var again = await book.SweepAsync();
        var later = await book.SweepAtAsync(India(11, 21, 9, 5));

        Assert.Equal((new(0, 0), new(0, 0)), (again, later));
        Assert.Single(await book.RemindersAsync());
        Assert.Equal(3, await book.LogRowsAsync());
    }

    [Fact]
    public async Task Two_rounds_at_once_send_each_reminder_once()
    {
        await using var book = await BookWithDuesAsync();
        book.Clock.Now = India(11, 21, 9, 0);

        var results = await Task.WhenAll(book.SweepAsync(), book.SweepAsync(), book.SweepAsync());

        Assert.Equal(3, results.Sum(r => r.Reminders));
        Assert.Single(await book.RemindersAsync());
        Assert.Equal(3, await book.LogRowsAsync());
    }

    [Fact]
    public async Task A_reminder_missed_while_the_bot_was_down_goes_out_once_when_it_comes_back()
    {
        await using var book = await TestBook.CreateAsync(India(11, 1, 10));
        await book.SendAsync("add Ramesh 500 due 12 nov");
        await book.SweepAtAsync(India(11, 11, 9, 1));

        // Down from 11 Nov to 20 Nov: the due-day and 3-days-late reminders were never sent.
        var back = await book.SweepAtAsync(India(11, 20, 10));
        var stillBack = await book.SweepAtAsync(India(11, 20, 10, 5));

        var reminders = await book.RemindersAsync();
        Assert.Equal(2, reminders.Count);
        Assert.Contains("Due tomorrow:\n• Ramesh: ₹500 (#1)", reminders[0].Text);
        Assert.Contains("Overdue:\n• Ramesh: ₹500, 8 days late (#1)", reminders[1].Text);
        Assert.Equal((1, 0), (back.Reminders, stillBack.Reminders));

        // The schedule carries on from there: 9 days late is the next one.
        await book.SweepAtAsync(India(11, 21, 9));
        Assert.Contains("9 days late", (await book.RemindersAsync())[2].Text);
    }

    [Fact]
    public async Task A_part_paid_due_is_reminded_of_what_is_left_and_a_deleted_one_not_at_all()
    {
        await using var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Ramesh 500 due 21 nov");
        await book.SendAsync("add Suresh 300 due 21 nov");
        await book.SendAsync("paid Ramesh 200");
        await book.SendAsync("delete #2");

        await book.SweepAtAsync(India(11, 21, 9));

        var text = Assert.Single(await book.RemindersAsync()).Text;
        Assert.Contains("• Ramesh: ₹300 (#1)", text);
        Assert.DoesNotContain("Suresh", text);
    }

    [Fact]
    public async Task A_due_written_after_the_reminder_time_is_not_reminded_the_same_day()
    {
        await using var book = await TestBook.CreateAsync(India(11, 21, 11));
        await book.SendAsync("add Ramesh 500 due today");

        await book.SweepAtAsync(India(11, 21, 11, 5));
        Assert.Empty(await book.RemindersAsync());

        await book.SweepAtAsync(India(11, 24, 9));
        Assert.Contains("3 days late", Assert.Single(await book.RemindersAsync()).Text);
    }

    [Fact]
    public async Task Each_shop_hears_only_of_its_own_dues_in_its_own_chat()
    {
        await using var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Ramesh 500 due 21 nov", chatId: 1);
        await book.SendAsync("add Suresh 300 due 21 nov", chatId: 2);

        var result = await book.SweepAtAsync(India(11, 21, 9));

        var reminders = await book.RemindersAsync();
        Assert.Equal(new(2, 2), result);
        Assert.Contains("Ramesh", reminders.Single(m => m.ChatId == 1).Text);
        Assert.DoesNotContain("Suresh", reminders.Single(m => m.ChatId == 1).Text);
        Assert.Contains("Suresh", reminders.Single(m => m.ChatId == 2).Text);
    }

    [Fact]
    public async Task A_shop_with_reminders_off_hears_nothing_until_they_are_on_again()
    {
        await using var book = await BookWithDuesAsync();
        await book.SendAsync("reminders off");

        await book.SweepAtAsync(India(11, 21, 9));
        Assert.Empty(await book.RemindersAsync());

        await book.SendAsync("reminders on");
        await book.SweepAsync();
        Assert.Single(await book.RemindersAsync());
    }

    [Fact]
    public async Task The_shops_own_reminder_time_and_time_zone_decide_when()
    {
        await using var book = await TestBook.CreateAsync(India(11, 10, 10));
        await book.SendAsync("add Ramesh 500 due 21 nov");
        await book.SendAsync("timezone America/New_York");
        await book.SendAsync("reminder time 6:45 pm");

        // 18:45 on 20 Nov in New York (EST, UTC-5) is 23:45 UTC; in India it is already 21 Nov, 05:15.
        await book.SweepAtAsync(new DateTimeOffset(2026, 11, 20, 23, 44, 0, TimeSpan.Zero));
        Assert.Empty(await book.RemindersAsync());

        await book.SweepAtAsync(new DateTimeOffset(2026, 11, 20, 23, 45, 0, TimeSpan.Zero));
        Assert.Contains("Due tomorrow:\n• Ramesh", Assert.Single(await book.RemindersAsync()).Text);
    }

    [Fact]
    public async Task The_log_keeps_the_slot_of_each_reminder()
    {
        await using var book = await BookWithDuesAsync();
        await book.SweepAtAsync(India(11, 21, 9));

        var log = await book.QueryAsync(db => db.ReminderLog.OrderBy(r => r.EntryId).Select(r => new { r.EntryId, r.Stage, r.Day, r.SentAt }).ToListAsync());
        var entries = await book.QueryAsync(db => db.Entries.Where(e => e.Number <= 3).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync());

        Assert.Equal(entries, log.Select(r => r.EntryId));
        Assert.Equal([ReminderStage.DueDay, ReminderStage.Overdue, ReminderStage.DayBefore], log.Select(r => r.Stage));
        Assert.Equal([new DateOnly(2026, 11, 21), new(2026, 11, 21), new(2026, 11, 21)], log.Select(r => r.Day));
        Assert.All(log, r => Assert.Equal(India(11, 21, 9), r.SentAt));
    }

    [Fact]
    public async Task A_round_and_chat_messages_writing_at_the_same_time_both_land()
    {
        await using var book = await BookWithDuesAsync();
        book.Clock.Now = India(11, 21, 9, 0);

        var messages = Enumerable.Range(1, 40).Select(n => book.SendAsync($"add Customer{n} {n}", chatId: 5000 + n)).ToList();
        var round = book.SweepAsync();
        await Task.WhenAll([.. messages, round]);

        Assert.All(await Task.WhenAll(messages), reply => Assert.Contains("owes", reply));
        Assert.Equal(3, (await round).Reminders);
        Assert.Equal(6 + 40, await book.QueryAsync(db => db.Entries.CountAsync()));
    }

    [Fact]
    public async Task A_chat_that_blocked_the_bot_is_reminded_only_once_it_writes_again()
    {
        await using var book = await BookWithDuesAsync();
        await book.QueryAsync(db =>
        {
            db.InactiveChats.Add(new() { ChatId = TestBook.ChatId, Since = India(11, 15, 10), Reason = "Forbidden: bot was blocked by the user" });
            return db.SaveChangesAsync();
        });

        await book.SweepAtAsync(India(11, 21, 9));
        Assert.Empty(await book.RemindersAsync());

        await book.QueryAsync(db => db.InactiveChats.ExecuteDeleteAsync());
        await book.SweepAsync();
        Assert.Single(await book.RemindersAsync());
    }
}
