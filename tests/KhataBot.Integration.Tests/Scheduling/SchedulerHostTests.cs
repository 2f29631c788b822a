using System.Reflection;
using Hangfire;
using Hangfire.Storage;
using KhataBot.Core.Jobs;
using KhataBot.Core.Ledger;
using KhataBot.Core.Shops;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Infrastructure.Scheduling.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>The Hangfire server as Program.cs runs it: in the host, with the book, on real time.</summary>
public sealed class SchedulerHostTests
{
    private const long Chat = 77;

    /// <summary>A shop in India whose credit of ₹500 fell due ten days ago: a reminder is due whatever
    /// the time of day.</summary>
    private static async Task WriteOverdueCreditAsync(IHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        var now = DateTimeOffset.UtcNow;
        var today = ShopClock.Today(new Shop(), now);
        var shop = new Shop { ChatId = Chat, CreatedAt = now.AddDays(-30), LastEntryNumber = 1 };
        var customer = new Customer { Name = "Ramesh", NameKey = "RAMESH", BalancePaise = 50_000, CreatedAt = now.AddDays(-30) };
        db.Shops.Add(shop);
        await db.SaveChangesAsync();
        customer.ShopId = shop.Id;
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        db.Entries.Add(new Entry
        {
            ShopId = shop.Id, Number = 1, Kind = EntryKind.Credit, CustomerId = customer.Id, AmountPaise = 50_000,
            Date = today.AddDays(-20), DueDate = today.AddDays(-10), EnteredBy = "Owner", EnteredAt = now.AddDays(-20),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The due reminders sent (the notices round may add a month summary, on the first days of a month).</summary>
    private static Task<List<string>> RemindersAsync(IHost host) =>
        JobsHost.QueryAsync(host, db => db.OutboxMessages.Where(m => m.ChatId == Chat && m.Text.StartsWith("🔔")).Select(m => m.Text).ToListAsync());

    [Fact]
    public async Task The_running_host_sweeps_the_book_on_its_interval_and_reminds_once()
    {
        using var folder = new TempFolder();
        using var host = JobsHost.Build(folder, sweepInterval: "00:00:01");
        await host.StartAsync();
        await WriteOverdueCreditAsync(host);

        var reminders = await Eventually.Get(() => RemindersAsync(host), r => r.Count > 0);
        await Task.Delay(TimeSpan.FromSeconds(3)); // more rounds
        Assert.Equal(reminders, await RemindersAsync(host));
        Assert.Contains("• Ramesh: ₹500, 10 days late (#1)", Assert.Single(reminders));

        var jobs = await host.Services.GetRequiredService<IJobsOverview>().ListAsync(CancellationToken.None);
        Assert.Equal(
            [("recurring:due-sweep", "Due reminder round", "every 1 s", null), ("recurring:notices", "Budget pace and month summary round", "every 1 s", null),
                ("recurring:recurring-entries", "Recurring entries round", "every 1 s", null)],
            jobs.Where(j => j.Repeats is not null).Select(j => (j.Key, j.Description, j.Repeats, j.Failure)));
        Assert.All(jobs, j => Assert.NotNull(j.NextRunAt));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_sweep_run_twice_and_two_sweeps_at_once_send_each_reminder_once()
    {
        using var folder = new TempFolder();
        using var host = JobsHost.Build(folder);
        await host.StartAsync();
        await WriteOverdueCreditAsync(host);

        async Task<SweepResult> SweepAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DueReminderSweep>().RunAsync(CancellationToken.None);
        }

        var together = await Task.WhenAll(SweepAsync(), SweepAsync());
        var again = await SweepAsync();

        Assert.Equal(1, together.Sum(r => r.Reminders));
        Assert.Equal(0, again.Reminders);
        Assert.Single(await RemindersAsync(host));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_restart_keeps_one_sweep_and_follows_a_changed_interval()
    {
        using var folder = new TempFolder();
        using (var first = JobsHost.Build(folder, sweepInterval: "00:00:30"))
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        using var second = JobsHost.Build(folder, sweepInterval: "00:05:00");
        await second.StartAsync();
        using var connection = second.Services.GetRequiredService<JobStorage>().GetConnection();

        Assert.Equal([("due-sweep", "*/5 * * * *"), ("notices", "*/5 * * * *"), ("recurring-entries", "*/5 * * * *")], connection.GetRecurringJobs().OrderBy(r => r.Id).Select(r => (r.Id, r.Cron)));
        await second.StopAsync();
    }

    [Fact]
    public async Task A_sweep_interval_cron_cannot_say_is_refused_at_start_naming_the_setting()
    {
        using var folder = new TempFolder();
        using var host = JobsHost.Build(folder, sweepInterval: "00:07:00");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.Contains("Jobs:SweepInterval must divide a minute, an hour or a day evenly", error.Message);
    }

    [Fact]
    public void Every_job_is_retried_after_15_s_1_min_5_min_30_min_and_2_h_then_kept_as_failed()
    {
        var jobs = typeof(JobsOptions).Assembly.GetTypes().Where(t => t.Name.EndsWith("Job", StringComparison.Ordinal) && t.GetMethods().Any(m => m.DeclaringType == t && m.ReturnType == typeof(Task)));

        Assert.Equal(["DailyNoticesJob", "DueReminderSweepJob", "OneOffReminderJob", "RecurringEntriesJob"], jobs.Select(t => t.Name).Order());
        Assert.All(jobs, job =>
        {
            var retry = job.GetCustomAttribute<AutomaticRetryAttribute>()!;
            Assert.Equal((5, AttemptsExceededAction.Fail), (retry.Attempts, retry.OnAttemptsExceeded));
            Assert.Equal(RetryPolicy.Delays, retry.DelaysInSeconds.Select(s => TimeSpan.FromSeconds(s)));
        });
    }
}
