using KhataBot.Core;
using KhataBot.Core.Jobs;
using KhataBot.Core.Ledger;
using KhataBot.Core.Shops;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Infrastructure.Scheduling.Notices;
using KhataBot.Infrastructure.Scheduling.Reminders;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>The scheduler as Program.cs runs it: in the host, with the book, on real time.</summary>
public sealed class SchedulerHostTests
{
    private const long Chat = 77;

    private static IHost Host(TempFolder folder, string name, string sweepInterval)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Khata"] = folder.BookConnectionString,
            ["ConnectionStrings:Jobs"] = folder.JobsConnectionString,
            ["Jobs:SchedulerName"] = name,
            ["Jobs:SweepInterval"] = sweepInterval,
            ["Jobs:IdleWaitTime"] = "00:00:01",
        });
        builder.AddKhataData();
        builder.Services.AddKhataCore();
        builder.AddKhataScheduling();
        return builder.Build();
    }

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
        Query(host, db => db.OutboxMessages.Where(m => m.ChatId == Chat && m.Text.StartsWith("🔔")).Select(m => m.Text).ToListAsync());

    private static async Task<T> Query<T>(IHost host, Func<KhataDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KhataDbContext>());
    }

    [Fact]
    public async Task The_running_host_sweeps_the_book_on_its_interval_and_reminds_once()
    {
        using var folder = new TempFolder();
        using var host = Host(folder, $"host-{Guid.NewGuid():N}", "00:00:01");
        await host.StartAsync();
        await WriteOverdueCreditAsync(host);

        var reminders = await Eventually.Get(() => RemindersAsync(host), r => r.Count > 0);
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // two more rounds
        Assert.Equal(reminders, await RemindersAsync(host));
        Assert.Contains("• Ramesh: ₹500, 10 days late (#1)", Assert.Single(reminders));

        var jobs = await host.Services.GetRequiredService<IJobsOverview>().ListAsync(CancellationToken.None);
        Assert.Equal(
            [("reminders.due-sweep", "Due reminder round", "every 1 s", null), ("reminders.notices", "Budget pace and month summary round", "every 1 s", null)],
            jobs.Select(j => (j.Key, j.Description, j.Repeats, j.Failure)));
        Assert.All(jobs, j => Assert.NotNull(j.NextRunAt));
        await host.StopAsync();
        Assert.True((await host.Services.GetRequiredService<KhataScheduler>().GetAsync(CancellationToken.None)).IsShutdown);
    }

    [Fact]
    public async Task A_restart_keeps_one_sweep_and_follows_a_changed_interval()
    {
        using var folder = new TempFolder();
        var name = $"host-{Guid.NewGuid():N}";
        using (var first = Host(folder, name, "00:00:30"))
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        using var second = Host(folder, name, "00:05:00");
        await second.StartAsync();
        var quartz = await second.Services.GetRequiredService<KhataScheduler>().GetAsync(CancellationToken.None);

        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await quartz.GetTriggersOfJob(DueReminderSweepJob.Key)));
        Assert.Equal(TimeSpan.FromMinutes(5), trigger.RepeatInterval);
        Assert.Equal([DueReminderSweepJob.Key, DailyNoticesJob.Key], (await quartz.GetJobKeys(Quartz.Impl.Matchers.GroupMatcher<JobKey>.AnyGroup())).OrderBy(k => k.Name));
        await second.StopAsync();
    }

    [Fact]
    public async Task The_jobs_command_prints_the_store_and_exits()
    {
        using var process = new KhataBotProcess();
        var name = $"cli-{Guid.NewGuid():N}";
        process.Environment["Jobs__SchedulerName"] = name;
        var (emptyExit, empty, _) = await process.RunAsync("", "jobs");

        using (var folder = new TempFolder())
        using (var host = Host(folder, name, "00:05:00"))
        {
            await host.StartAsync();
            await host.StopAsync();
            process.Environment["ConnectionStrings__Jobs"] = folder.JobsConnectionString;
            var (exit, output, errors) = await process.RunAsync("", "jobs");

            Assert.Equal((0, 0), (emptyExit, exit));
            Assert.Equal("No jobs in the store.", empty.Trim());
            Assert.StartsWith("Jobs (times in UTC):\nreminders.due-sweep  Due reminder round (every 5 min)\n  next run: 20", output);
            Assert.DoesNotContain("FAILED", output);
            Assert.Equal("", errors);
        }
    }
}
