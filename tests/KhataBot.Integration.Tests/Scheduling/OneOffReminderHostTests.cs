using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Infrastructure.Scheduling.OneOff;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Quartz.Impl.Matchers;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>
/// One-off reminders as the bot runs them: typed into the engine of a running host, fired by Quartz from its
/// SQLite file on real time. Quartz keeps its own (real) clock, so "time moved" means the book's clock is
/// set back when the reminder is asked for: "in 2 hours" then comes due a few real seconds later.
/// </summary>
public sealed class OneOffReminderHostTests
{
    private const long Chat = 88;

    /// <summary>Real time, shifted: it runs on like the real clock, which Quartz's own clock is.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + Shift;
    }

    private static IHost Host(TempFolder folder, string name, TimeProvider clock)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Khata"] = folder.BookConnectionString,
            ["ConnectionStrings:Jobs"] = folder.JobsConnectionString,
            ["Jobs:SchedulerName"] = name,
            ["Jobs:IdleWaitTime"] = "00:00:01",
            // A second late is missed: the restart test need not wait a minute for the misfire it proves.
            ["Jobs:MisfireThreshold"] = "00:00:01",
        });
        builder.Services.AddSingleton(clock);
        builder.AddKhataData();
        builder.Services.AddKhataCore();
        builder.AddKhataScheduling();
        return builder.Build();
    }

    private static Task<string> SayAsync(IHost host, string text) =>
        host.Services.GetRequiredService<KhataEngine>().HandleAsync(new IncomingMessage(Chat, "Owner", text), CancellationToken.None).ContinueWith(t => t.Result.Text);

    private static async Task<T> QueryAsync<T>(IHost host, Func<KhataDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KhataDbContext>());
    }

    private static Task<List<string>> RemindersSentAsync(IHost host) =>
        QueryAsync(host, db => db.OutboxMessages.Where(m => m.ChatId == Chat && m.Text.StartsWith("⏰")).Select(m => m.Text).ToListAsync());

    [Fact]
    public async Task A_reminder_due_while_the_bot_was_down_is_sent_once_when_it_is_back()
    {
        using var folder = new TempFolder();
        var name = $"oneoff-{Guid.NewGuid():N}";
        DateTimeOffset dueAt;
        using (var before = Host(folder, name, new ShiftedClock { Shift = -TimeSpan.FromHours(2) + TimeSpan.FromSeconds(6) }))
        {
            await before.StartAsync();
            await SayAsync(before, "add Ramesh 500 groceries");
            Assert.StartsWith("I'll remind you about Ramesh today at ", await SayAsync(before, "remind Ramesh in 2 hours"));
            dueAt = await QueryAsync(before, db => db.OneOffReminders.Select(r => r.At).SingleAsync());
            await before.StopAsync(); // seconds before the reminder's time
            Assert.Empty(await RemindersSentAsync(before));
        }

        // Down past the reminder's time and past the misfire threshold: its trigger is a missed one now.
        var late = dueAt.AddSeconds(2) - DateTimeOffset.UtcNow;
        if (late > TimeSpan.Zero) await Task.Delay(late);

        using var after = Host(folder, name, new ShiftedClock());
        await after.StartAsync();
        var sent = await Eventually.Get(() => RemindersSentAsync(after), s => s.Count > 0, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.Equal(["⏰ Reminder about Ramesh: Ramesh owes ₹500."], await RemindersSentAsync(after));
        Assert.Equal(sent, await RemindersSentAsync(after));
        Assert.NotNull(await QueryAsync(after, db => db.OneOffReminders.Select(r => r.SentAt).SingleAsync()));
        var quartz = await after.Services.GetRequiredService<KhataScheduler>().GetAsync(CancellationToken.None);
        Assert.Empty(await quartz.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(QuartzOneOffReminders.Group)));
        await after.StopAsync();
    }

    [Fact]
    public async Task A_reminder_a_minute_ahead_fires_by_itself_on_time()
    {
        using var folder = new TempFolder();
        // The book's clock runs 57 s behind: "in 1 minute" is due 3 real seconds after it is asked for.
        var clock = new ShiftedClock { Shift = -TimeSpan.FromSeconds(57) };
        using var host = Host(folder, $"oneoff-{Guid.NewGuid():N}", clock);
        await host.StartAsync();
        await SayAsync(host, "add Ramesh 500 groceries");
        await SayAsync(host, "paid Ramesh 120");

        Assert.StartsWith("I'll remind you about Ramesh today at ", await SayAsync(host, "remind Ramesh in 1 minute"));
        var asked = DateTimeOffset.UtcNow;
        await Eventually.Get(() => RemindersSentAsync(host), s => s.Count > 0, TimeSpan.FromSeconds(15));

        Assert.InRange(DateTimeOffset.UtcNow - asked, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
        Assert.Equal(["⏰ Reminder about Ramesh: Ramesh owes ₹380."], await RemindersSentAsync(host));
        await host.StopAsync();
    }
}
