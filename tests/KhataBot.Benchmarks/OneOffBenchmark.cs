using System.Diagnostics;
using KhataBot.Core;
using KhataBot.Core.Ledger;
using KhataBot.Core.Reminders.OneOff;
using KhataBot.Core.Shops;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Infrastructure.Scheduling.OneOff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KhataBot.Benchmarks;

/// <summary>
/// 10,000 one-off reminders (100 shops of 100 customers) for the same moment, run by the Hangfire server
/// of a host as Program.cs wires it, with the default Jobs settings, on real time. The reminders are
/// written to the book, then given their jobs by the start-up catch-up (one book write, one Schedule call
/// each): that is schedule_ms. fire_spread_s is how long after their moment the last one's outbox row is
/// written. Every reminder must be sent, and once: 10,000 outbox rows, every row marked sent.
/// Target: the last within 60 s of the moment.
/// </summary>
internal static class OneOffBenchmark
{
    private static readonly int Shops = int.TryParse(Environment.GetEnvironmentVariable("ONEOFF_SHOPS"), out var shops) ? shops : 100;
    private const int CustomersPerShop = 100;
    private static readonly int Reminders = Shops * CustomersPerShop;

    /// <summary>Far enough ahead that every job is scheduled before the moment comes.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(30);

    public static async Task<string> RunAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "khatabot-bench", $"oneoff-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            return await RunAsync(directory);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<string> RunAsync(string directory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Khata"] = $"Data Source={Path.Combine(directory, "khata.db")}",
            ["ConnectionStrings:Jobs"] = $"Data Source={Path.Combine(directory, "khatabot-jobs.db")}",
        });
        // Jobs__WorkerCount and the like override the defaults, to try settings without a rebuild.
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddKhataData();
        builder.Services.AddKhataCore();
        builder.AddKhataScheduling();
        using var host = builder.Build();
        await host.StartAsync();

        var moment = DateTimeOffset.UtcNow + Lead;
        await SeedAsync(host, moment);
        var started = Stopwatch.GetTimestamp();
        var scheduled = await host.Services.GetRequiredService<OneOffCatchUp>().RunAsync(CancellationToken.None);
        var scheduleMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (scheduled != Reminders || DateTimeOffset.UtcNow > moment)
        {
            throw new InvalidOperationException($"Scheduled {scheduled} of {Reminders} reminders, the last at {DateTimeOffset.UtcNow:O}, for {moment:O}.");
        }

        var deadline = moment + TimeSpan.FromSeconds(90);
        Console.Error.WriteLine($"oneoff: {scheduled} jobs scheduled in {scheduleMs:F0} ms, {(moment - DateTimeOffset.UtcNow).TotalSeconds:F1} s before their moment");
        var monitoring = host.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var progress = Stopwatch.GetTimestamp();
        while (await CountAsync(host, db => db.OutboxMessages.CountAsync()) is var sent && sent < Reminders && DateTimeOffset.UtcNow < deadline)
        {
            if (Stopwatch.GetElapsedTime(progress) > TimeSpan.FromSeconds(5) && DateTimeOffset.UtcNow > moment)
            {
                var stats = monitoring.GetStatistics();
                Console.Error.WriteLine($"oneoff: +{(DateTimeOffset.UtcNow - moment).TotalSeconds:F0} s: {sent} sent; scheduled {stats.Scheduled}, enqueued {stats.Enqueued}, processing {stats.Processing}, succeeded {stats.Succeeded}");
                progress = Stopwatch.GetTimestamp();
            }

            await Task.Delay(200);
        }

        var spread = (DateTimeOffset.UtcNow - moment).TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(3)); // nothing may come twice
        var (messages, marked) = (await CountAsync(host, db => db.OutboxMessages.CountAsync()), await CountAsync(host, db => db.OneOffReminders.CountAsync(r => r.SentAt != null)));
        await host.StopAsync();
        if (messages != Reminders || marked != Reminders)
        {
            throw new InvalidOperationException($"{messages} reminders sent and {marked} marked sent of {Reminders}, {spread:F1} s after their moment.");
        }

        return $"RESULT oneoff reminders={Reminders} schedule_ms={scheduleMs:F0} fire_spread_s={spread:F1}";
    }

    private static async Task<int> CountAsync(IHost host, Func<KhataDbContext, Task<int>> count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<KhataDbContext>());
    }

    /// <summary>The shops, their customers and one reminder each, as "remind Customer N in 1 minute" leaves
    /// them in the book, but without their jobs yet.</summary>
    private static async Task SeedAsync(IHost host, DateTimeOffset moment)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        var now = DateTimeOffset.UtcNow;
        var shops = Enumerable.Range(1, Shops).Select(s => new Shop { ChatId = 5_000_000 + s, CreatedAt = now }).ToList();
        db.Shops.AddRange(shops);
        await db.SaveChangesAsync();
        var customers = shops.SelectMany(shop => Enumerable.Range(1, CustomersPerShop).Select(c => new Customer
        {
            ShopId = shop.Id, Name = $"Customer {c}", NameKey = $"CUSTOMER {c}", BalancePaise = 100 * c, CreatedAt = now,
        })).ToList();
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync();
        db.OneOffReminders.AddRange(customers.Select(c => new OneOffReminder
        {
            ShopId = c.ShopId, CustomerId = c.Id, Key = OneOffReminder.NewKey(), At = moment, CreatedAt = now, CreatedBy = "bench",
        }));
        await db.SaveChangesAsync();
    }
}
