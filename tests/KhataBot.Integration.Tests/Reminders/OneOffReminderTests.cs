using KhataBot.Core.Reminders.OneOff;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Infrastructure.Scheduling.OneOff;
using KhataBot.Integration.Tests.Scheduling;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace KhataBot.Integration.Tests.Reminders;

/// <summary>
/// One-off reminders through the engine, with the real Hangfire storage on a temp file (no server: what
/// runs is tested in Scheduling/OneOffReminderHostTests). The clock starts on Saturday 21 Nov 2026 at
/// 10:00 in India; the shop's reminder time is 09:00.
/// </summary>
public sealed class OneOffReminderTests : IAsyncLifetime
{
    private readonly TempFolder _jobs = new();
    private TestBook _book = null!;

    public async Task InitializeAsync()
    {
        _book = await TestBook.CreateAsync(configure: services =>
            services.AddKhataScheduling(_jobs.JobsConnectionString, provider: _jobs.Provider));
        await _book.SendAsync("add Ramesh 500 groceries");
    }

    public async Task DisposeAsync()
    {
        await _book.DisposeAsync();
        _jobs.Dispose();
    }

    private Task<List<OneOffReminder>> RemindersAsync() => _book.QueryAsync(db => db.OneOffReminders.OrderBy(r => r.Id).ToListAsync());

    /// <summary>The reminder's job: its state, and when it is enqueued if it is scheduled.</summary>
    private (string? State, DateTimeOffset? At) Job(OneOffReminder reminder)
    {
        using var connection = _book.Services.GetRequiredService<JobStorage>().GetConnection();
        var state = connection.GetStateData(reminder.JobId!);
        var at = state?.Data.TryGetValue("EnqueueAt", out var text) == true ? JobHelper.DeserializeDateTime(text) : (DateTime?)null;
        return (state?.Name, at is { } utc ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) : null);
    }

    /// <summary>What the trigger does when it fires, run by hand on the book's clock.</summary>
    private async Task<bool> FireAsync(string key)
    {
        var sent = false;
        await _book.Engine.WriteAsync(async db => sent = await OneOffReminderDelivery.DeliverAsync(db, key, _book.Clock.Now, CancellationToken.None), CancellationToken.None);
        return sent;
    }

    private Task<List<string>> SentAsync() =>
        _book.QueryAsync(db => db.OutboxMessages.Where(m => m.Text.StartsWith("⏰")).OrderBy(m => m.Id).Select(m => m.Text).ToListAsync());

    [Fact]
    public async Task A_day_is_confirmed_listed_and_scheduled_at_the_shops_reminder_time()
    {
        var reply = await _book.SendForReplyAsync("remind Ramesh on 5 dec");

        Assert.Equal("I'll remind you about Ramesh on Sat 5 Dec at 9:00 am.", reply.Text);
        Assert.Equal("cancel reminder Ramesh", Assert.Single(reply.Buttons).Action);
        var reminder = Assert.Single(await RemindersAsync());
        Assert.Equal((ScheduledState.StateName, new DateTimeOffset(2026, 12, 5, 3, 30, 0, TimeSpan.Zero)), Job(reminder));
        Assert.Contains("One-off reminders (cancel reminder Ramesh to cancel):\n• Ramesh on Sat 5 Dec at 9:00 am", await _book.SendAsync("reminders"));
    }

    [Fact]
    public async Task Hours_and_minutes_count_from_now()
    {
        Assert.Equal("I'll remind you about Ramesh today at 12:00 pm.", await _book.SendAsync("remind Ramesh in 2 hours"));
        Assert.Equal("I'll remind you about Ramesh today at 10:10 am.", await _book.SendAsync("remind ramesh in 10 minutes"));
        Assert.Equal("I'll remind you about Ramesh tomorrow at 9:00 am.", await _book.SendAsync("remind Ramesh kal"));

        var reminders = await RemindersAsync();
        Assert.Equal(_book.Clock.Now.AddHours(2), Job(reminders[0]).At);
        Assert.EndsWith("• Ramesh today at 10:10 am\n• Ramesh today at 12:00 pm\n• Ramesh tomorrow at 9:00 am", await _book.SendAsync("reminders"));
    }

    [Fact]
    public async Task An_unknown_customer_gets_the_not_found_reply_and_nothing_is_scheduled()
    {
        var reply = await _book.SendForReplyAsync("remind Rmesh tomorrow");

        Assert.Equal("No customer 'Rmesh'. Did you mean Ramesh?", reply.Text);
        Assert.Equal("remind Ramesh on 22 Nov 2026", Assert.Single(reply.Buttons).Action);
        Assert.Empty(await RemindersAsync());
        Assert.Contains("No one-off reminders.", await _book.SendAsync("reminders"));
    }

    [Fact]
    public async Task Today_after_the_reminder_time_is_refused_with_what_to_say_instead()
    {
        var reply = await _book.SendAsync("remind Ramesh today");

        Assert.Equal("Today's reminder time (9:00 am) has passed, so nothing was set. Try: remind Ramesh tomorrow or remind Ramesh in 2 hours", reply);
        Assert.Empty(await RemindersAsync());
    }

    [Fact]
    public async Task When_it_fires_the_shopkeeper_hears_what_the_customer_owes_then_and_only_once()
    {
        await _book.SendAsync("remind Ramesh tomorrow");
        await _book.SendAsync("paid Ramesh 200");
        await _book.SendAsync("phone Ramesh 9876543210");
        var key = Assert.Single(await RemindersAsync()).Key;

        _book.Clock.Advance(TimeSpan.FromHours(23));
        Assert.True(await FireAsync(key));
        Assert.False(await FireAsync(key));

        Assert.Equal(["⏰ Reminder about Ramesh: Ramesh owes ₹300.\nPhone: +919876543210"], await SentAsync());
        Assert.Equal(_book.Clock.Now, Assert.Single(await RemindersAsync()).SentAt);
        Assert.Contains("No one-off reminders.", await _book.SendAsync("reminders"));
    }

    [Fact]
    public async Task Undo_takes_the_reminder_back_and_deletes_its_job_which_would_send_nothing_anyway()
    {
        await _book.SendAsync("remind Ramesh tomorrow");
        var key = Assert.Single(await RemindersAsync()).Key;

        Assert.Equal("Undone: no reminder about Ramesh tomorrow at 9:00 am.", await _book.SendAsync("undo"));
        Assert.Equal(DeletedState.StateName, Job(Assert.Single(await RemindersAsync())).State);

        Assert.False(await FireAsync(key));
        Assert.Empty(await SentAsync());
        Assert.Contains("No one-off reminders.", await _book.SendAsync("reminders"));
    }

    [Fact]
    public async Task Cancel_reminder_drops_the_customers_reminders_and_undo_brings_them_back()
    {
        await _book.SendAsync("remind Ramesh tomorrow");
        await _book.SendAsync("remind Ramesh in 2 hours");

        Assert.Equal("Cancelled the reminder about Ramesh today at 12:00 pm and tomorrow at 9:00 am.", await _book.SendAsync("cancel reminder Ramesh"));
        Assert.Contains("No one-off reminders.", await _book.SendAsync("reminders"));
        var cancelled = await RemindersAsync();
        Assert.All(cancelled, r => Assert.Equal(DeletedState.StateName, Job(r).State));
        Assert.Equal("No reminder about Ramesh is waiting, so nothing was changed. Type reminders to see them all.", await _book.SendAsync("cancel reminder Ramesh"));

        Assert.Equal("Undone: I'll remind you about Ramesh today at 12:00 pm and tomorrow at 9:00 am after all.", await _book.SendAsync("undo"));
        var reminders = await RemindersAsync();
        Assert.All(reminders, r => Assert.True(r.IsPending));
        Assert.All(reminders, r => Assert.Equal(ScheduledState.StateName, Job(r).State));
        Assert.Empty(reminders.Select(r => r.JobId).Intersect(cancelled.Select(r => r.JobId)));
        _book.Clock.Advance(TimeSpan.FromHours(3));
        Assert.True(await FireAsync(reminders[1].Key));
        Assert.Equal(["⏰ Reminder about Ramesh: Ramesh owes ₹500."], await SentAsync());
    }

    [Fact]
    public async Task Another_chat_cannot_see_or_cancel_this_chats_reminders()
    {
        await _book.SendAsync("remind Ramesh tomorrow");

        Assert.StartsWith("No customer 'Ramesh'.", await _book.SendAsync("cancel reminder Ramesh", chatId: 2002));
        Assert.Contains("No one-off reminders.", await _book.SendAsync("reminders", chatId: 2002));
        Assert.True(Assert.Single(await RemindersAsync()).IsPending);
    }

    [Fact]
    public async Task Without_a_scheduler_a_one_off_is_refused_and_nothing_changes()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 500");

        Assert.Equal("Reminders at a set time need the scheduler, which is not running here. Nothing was changed.", await book.SendAsync("remind Ramesh tomorrow"));
        Assert.Equal(0, await book.QueryAsync(db => db.OneOffReminders.CountAsync()));
    }
}
