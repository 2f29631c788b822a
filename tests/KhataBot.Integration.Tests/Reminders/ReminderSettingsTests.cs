using KhataBot.Core.Abstractions;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Reminders;

public sealed class ReminderSettingsTests
{
    [Fact]
    public async Task A_new_shop_is_reminded_at_9_every_week_once_overdue_long()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.SendAsync("reminders");

        Assert.StartsWith("Reminders are on: every day at 9:00 am (Asia/Kolkata) you get the dues to collect.", reply);
        Assert.Contains("then every 7 days.", reply);
    }

    [Fact]
    public async Task The_reminder_time_is_kept_and_can_be_undone()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Equal("Due reminders will come every day at 6:45 pm, Asia/Kolkata time.", await book.SendAsync("reminder time 18:45"));
        Assert.Equal(new TimeOnly(18, 45), await book.QueryAsync(db => db.Shops.Select(s => s.ReminderTime).SingleAsync()));

        Assert.Equal("Undone: reminders come at 9:00 am again.", await book.SendAsync("undo"));
        Assert.Equal(new TimeOnly(9, 0), await book.QueryAsync(db => db.Shops.Select(s => s.ReminderTime).SingleAsync()));
    }

    [Fact]
    public async Task Reminders_go_off_and_on_and_say_so_when_nothing_changes()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Equal("Reminders are off. Say reminders on to start them again.", await book.SendAsync("reminders off"));
        Assert.Equal("Reminders are already off.", await book.SendAsync("reminders off"));
        Assert.False(await book.QueryAsync(db => db.Shops.Select(s => s.RemindersOn).SingleAsync()));
        Assert.Contains("Reminders are off now", await book.SendAsync("reminder time 10am"));

        Assert.StartsWith("Reminders are on: every day at 10:00 am", await book.SendAsync("reminders on"));
        Assert.Equal("Undone: reminders are off again.", await book.SendAsync("undo"));
        Assert.False(await book.QueryAsync(db => db.Shops.Select(s => s.RemindersOn).SingleAsync()));
    }

    [Fact]
    public async Task Remind_every_changes_how_often_long_overdue_dues_come_back()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.SendAsync("remind every 10 days");

        Assert.Equal("A due is reminded the day before, on the day, then every 3 days while overdue (4 times), then every 10 days.", reply);
        Assert.Equal(10, await book.QueryAsync(db => db.Shops.Select(s => s.RemindEveryDays).SingleAsync()));
        Assert.Equal("Undone: long-overdue dues are reminded every 7 days again.", await book.SendAsync("undo"));
    }

    [Theory]
    [InlineData("reminder time 9:30")]
    [InlineData("reminders off")]
    [InlineData("remind every 3 days")]
    [InlineData("jobs")]
    public async Task Only_the_owner_changes_reminders_or_sees_the_jobs(string message)
    {
        await using var book = await TestBook.CreateAsync();
        await book.Engine.HandleAsync(new IncomingMessage(-100, "Asha", "shop") { SenderId = 1, IsGroupChat = true }, default);

        var reply = await book.Engine.HandleAsync(new IncomingMessage(-100, "Suresh", message) { SenderId = 2, IsGroupChat = true }, default);

        Assert.StartsWith("Only the shop owner can", reply.Text);
        var shop = await book.QueryAsync(db => db.Shops.SingleAsync());
        Assert.Equal((new TimeOnly(9, 0), true, 7), (shop.ReminderTime, shop.RemindersOn, shop.RemindEveryDays));
    }

    [Fact]
    public async Task Without_a_scheduler_jobs_says_nothing_is_scheduled()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Equal("No jobs are scheduled.", await book.SendAsync("jobs"));
    }
}
