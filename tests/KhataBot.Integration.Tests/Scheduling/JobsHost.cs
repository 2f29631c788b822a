using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Integration.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>A folder of the test's own for the jobs file and a book, removed at the end. On PostgreSQL
/// (KHATA_TEST_DB) the book is a database of its own and the jobs are in it, in Hangfire's schema.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "khatabot-tests", Guid.NewGuid().ToString("N"));

    public TempFolder()
    {
        Directory.CreateDirectory(Path);
        Database = TestDatabase.Create(Path);
    }

    public FreshDatabase Database { get; }

    public DatabaseProvider Provider => Database.Provider;

    public string JobsPath => System.IO.Path.Combine(Path, "jobs.db");

    public string JobsConnectionString => Database.IsPostgres ? Database.ConnectionString : $"Data Source={JobsPath};Pooling=False";

    public string BookConnectionString => Database.ConnectionString;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Task.Run(() => Database.DisposeAsync().AsTask()).GetAwaiter().GetResult();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// The host as Program.cs builds it for jobs (the book, Core, the Hangfire server on the folder's jobs file),
/// on real time, with short polling so a test waits for a job in tenths of a second, not the defaults' seconds.
/// </summary>
public static class JobsHost
{
    public static IHost Build(TempFolder folder, string sweepInterval = "00:05:00", TimeProvider? clock = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = folder.Provider.ToString(),
            ["ConnectionStrings:Khata"] = folder.BookConnectionString,
            ["ConnectionStrings:Jobs"] = folder.JobsConnectionString,
            ["Jobs:SweepInterval"] = sweepInterval,
            ["Jobs:QueuePollInterval"] = "00:00:00.200",
            ["Jobs:SchedulePollingInterval"] = "00:00:00.500",
        });
        if (clock is not null) builder.Services.AddSingleton(clock);
        builder.AddKhataData();
        builder.Services.AddKhataCore();
        builder.AddKhataScheduling();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    public static async Task<string> SayAsync(IHost host, long chat, string text) =>
        (await host.Services.GetRequiredService<KhataEngine>().HandleAsync(new IncomingMessage(chat, "Owner", text), CancellationToken.None)).Text;

    public static async Task<T> QueryAsync<T>(IHost host, Func<KhataDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KhataDbContext>());
    }
}

/// <summary>Real time, shifted: it runs on like the real clock, which Hangfire's is.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + Shift;

    /// <summary>
    /// "today" or "tomorrow": what the bot calls the day <paramref name="ahead"/> of this clock's now in India,
    /// so a test run just before midnight there does not expect "today" for a time past it.
    /// </summary>
    public string DayWord(TimeSpan ahead)
    {
        var india = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        var now = TimeZoneInfo.ConvertTime(GetUtcNow(), india);
        return (now + ahead).Date == now.Date ? "today" : "tomorrow";
    }
}

internal static class Eventually
{
    /// <summary>Waits for something a job server thread does, failing the test after <paramref name="within"/>.</summary>
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not done; last seen: {value}");
            }

            await Task.Delay(50);
        }
    }
}
