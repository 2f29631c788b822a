using KhataBot.Core;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Integration.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>A folder of the test's own for the jobs file (and a book), removed at the end.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "khatabot-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string JobsConnectionString => $"Data Source={System.IO.Path.Combine(Path, "jobs.db")};Pooling=False";

    public string BookConnectionString => $"Data Source={System.IO.Path.Combine(Path, "khata.db")};Pooling=False";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// The real scheduler (Quartz on a SQLite file) as the host wires it, without the host: the test starts it.
/// Every instance has a scheduler name of its own, because Quartz keeps schedulers in a process-wide
/// registry by name; a restart reuses the folder and the name.
/// </summary>
public sealed class TestScheduler : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public TestScheduler(TempFolder folder, TimeProvider? time = null, string? name = null)
    {
        Name = name ?? $"test-{Guid.NewGuid():N}";
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<Signals>();
        services.AddKhataCore();
        services.AddKhataData(folder.BookConnectionString);
        // A short idle wait: whatever a test waits for, Quartz never sleeps long before looking again.
        services.AddKhataScheduling(folder.JobsConnectionString, o => (o.SchedulerName, o.IdleWaitTime) = (Name, TimeSpan.FromSeconds(1)));
        _services = services.BuildServiceProvider();
    }

    public string Name { get; }

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _services;

    public Signals Signals => _services.GetRequiredService<Signals>();

    public Task<IScheduler> QuartzAsync() => _services.GetRequiredService<KhataScheduler>().GetAsync(CancellationToken.None);

    public async Task<IScheduler> StartAsync()
    {
        var quartz = await QuartzAsync();
        await quartz.Start();
        return quartz;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<KhataScheduler>().ShutdownAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
