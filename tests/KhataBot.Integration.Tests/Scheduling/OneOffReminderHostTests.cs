using Hangfire;
using Hangfire.States;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>
/// One-off reminders as the bot runs them: typed into the engine of a running host, run by the Hangfire
/// server from its SQLite file on real time. Hangfire keeps real time, so "time moved" means the book's
/// clock is set back when the reminder is asked for: "in 2 hours" then comes due a few real seconds later.
/// </summary>
public sealed class OneOffReminderHostTests
{
    private const long Chat = 88;

    private static Task<string> SayAsync(IHost host, string text) => JobsHost.SayAsync(host, Chat, text);

    private static Task<List<string>> RemindersSentAsync(IHost host) =>
        JobsHost.QueryAsync(host, db => db.OutboxMessages.Where(m => m.ChatId == Chat && m.Text.StartsWith("⏰")).Select(m => m.Text).ToListAsync());

    private static string? StateOf(IHost host, string jobId)
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    [Fact]
    public async Task A_reminder_a_few_seconds_ahead_fires_by_itself_once()
    {
        using var folder = new TempFolder();
        // The book's clock runs 57 s behind: "in 1 minute" is due 3 real seconds after it is asked for.
        var clock = new ShiftedClock { Shift = -TimeSpan.FromSeconds(57) };
        using var host = JobsHost.Build(folder, clock: clock);
        await host.StartAsync();
        await SayAsync(host, "add Ramesh 500 groceries");
        await SayAsync(host, "paid Ramesh 120");

        var day = clock.DayWord(TimeSpan.FromMinutes(1));
        Assert.StartsWith($"I'll remind you about Ramesh {day} at ", await SayAsync(host, "remind Ramesh in 1 minute"));
        var asked = DateTimeOffset.UtcNow;
        await Eventually.Get(() => RemindersSentAsync(host), s => s.Count > 0, TimeSpan.FromSeconds(15));

        Assert.InRange(DateTimeOffset.UtcNow - asked, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(["⏰ Reminder about Ramesh: Ramesh owes ₹380."], await RemindersSentAsync(host));
        var jobId = await JobsHost.QueryAsync(host, db => db.OneOffReminders.Select(r => r.JobId).SingleAsync());
        Assert.Equal(SucceededState.StateName, StateOf(host, jobId!));
        await host.StopAsync();
    }

    [Fact]
    public async Task Reminders_for_one_moment_go_out_each_once_though_one_job_sends_the_others()
    {
        using var folder = new TempFolder();
        using var host = JobsHost.Build(folder, clock: new ShiftedClock { Shift = -TimeSpan.FromSeconds(57) });
        await host.StartAsync();
        var names = Enumerable.Range(0, 12).Select(i => $"Customer {(char)('A' + i)}{(char)('a' + i)}{(char)('A' + i)}{(char)('a' + i)}").ToList();
        foreach (var name in names)
        {
            await SayAsync(host, $"add {name} 100 rice");
            await SayAsync(host, $"remind {name} in 1 minute");
        }

        await Eventually.Get(() => RemindersSentAsync(host), s => s.Count >= names.Count, TimeSpan.FromSeconds(30));
        // Every job has run (the later ones find their reminder sent by the first) and none sent a second copy.
        var jobIds = await JobsHost.QueryAsync(host, db => db.OneOffReminders.Select(r => r.JobId!).ToListAsync());
        await Eventually.Get(() => Task.FromResult(jobIds.Select(id => StateOf(host, id)).ToList()), states => states.All(s => s == SucceededState.StateName), TimeSpan.FromSeconds(30));
        Assert.Equal(names.Select(n => $"⏰ Reminder about {n}: {n} owes ₹100.").Order(), (await RemindersSentAsync(host)).Order());
        await host.StopAsync();
    }

    [Fact]
    public async Task A_reminder_due_while_the_bot_was_down_is_sent_once_when_it_is_back()
    {
        using var folder = new TempFolder();
        DateTimeOffset dueAt;
        var clock = new ShiftedClock { Shift = -TimeSpan.FromHours(2) + TimeSpan.FromSeconds(4) };
        using (var before = JobsHost.Build(folder, clock: clock))
        {
            await before.StartAsync();
            await SayAsync(before, "add Ramesh 500 groceries");
            var day = clock.DayWord(TimeSpan.FromHours(2));
            Assert.StartsWith($"I'll remind you about Ramesh {day} at ", await SayAsync(before, "remind Ramesh in 2 hours"));
            dueAt = await JobsHost.QueryAsync(before, db => db.OneOffReminders.Select(r => r.At).SingleAsync());
            await before.StopAsync(); // seconds before the reminder's time
            Assert.Empty(await RemindersSentAsync(before));
        }

        var late = dueAt.AddSeconds(2) - DateTimeOffset.UtcNow;
        if (late > TimeSpan.Zero) await Task.Delay(late);

        using var after = JobsHost.Build(folder, clock: new ShiftedClock());
        await after.StartAsync();
        var sent = await Eventually.Get(() => RemindersSentAsync(after), s => s.Count > 0, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(["⏰ Reminder about Ramesh: Ramesh owes ₹500."], await RemindersSentAsync(after));
        Assert.Equal(sent, await RemindersSentAsync(after));
        Assert.NotNull(await JobsHost.QueryAsync(after, db => db.OneOffReminders.Select(r => r.SentAt).SingleAsync()));
        await after.StopAsync();
    }

    [Fact]
    public async Task Cancel_deletes_the_job_and_undo_schedules_a_new_one_that_sends_once()
    {
        using var folder = new TempFolder();
        var clock = new ShiftedClock { Shift = -TimeSpan.FromSeconds(58) };
        using var host = JobsHost.Build(folder, clock: clock);
        await host.StartAsync();
        await SayAsync(host, "add Ramesh 500 groceries");
        var day = clock.DayWord(TimeSpan.FromMinutes(1));
        await SayAsync(host, "remind Ramesh in 1 minute");
        var first = await JobsHost.QueryAsync(host, db => db.OneOffReminders.Select(r => r.JobId).SingleAsync());
        Assert.Equal(ScheduledState.StateName, StateOf(host, first!));

        Assert.StartsWith($"Cancelled the reminder about Ramesh {day} at ", await SayAsync(host, "cancel reminder Ramesh"));
        Assert.Equal(DeletedState.StateName, StateOf(host, first!));
        await Task.Delay(TimeSpan.FromSeconds(4)); // past its time: nothing goes out
        Assert.Empty(await RemindersSentAsync(host));

        Assert.StartsWith($"Undone: I'll remind you about Ramesh {day} at ", await SayAsync(host, "undo"));
        var second = await JobsHost.QueryAsync(host, db => db.OneOffReminders.Select(r => r.JobId).SingleAsync());
        Assert.NotEqual(first, second);
        await Eventually.Get(() => RemindersSentAsync(host), s => s.Count > 0, TimeSpan.FromSeconds(15));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(["⏰ Reminder about Ramesh: Ramesh owes ₹500."], await RemindersSentAsync(host));
        await host.StopAsync();
    }
}
