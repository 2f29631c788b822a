using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl;
using Quartz.Impl.Matchers;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// The one Quartz scheduler of the process, made on first use: its store's tables created if missing,
/// jobs made in a DI scope each, failed jobs retried. Made is not started: <see cref="SchedulerHost"/>
/// starts it once the host is up, and the `jobs` command only reads it.
/// </summary>
public sealed class KhataScheduler(
    JobsDatabase database,
    IOptions<JobsOptions> options,
    IServiceScopeFactory scopes,
    RetryFailedJobs retries,
    ILoggerFactory loggers) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IScheduler? _scheduler;
    private IDisposable? _logging;

    public async Task<IScheduler> GetAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is { } made)
        {
            return made;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _scheduler ??= await MakeAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops firing triggers and waits for the jobs running now to finish.</summary>
    public async Task ShutdownAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is { IsShutdown: false } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }

        _logging?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await ShutdownAsync(CancellationToken.None);
        _gate.Dispose();
    }

    private async Task<IScheduler> MakeAsync(CancellationToken cancellationToken)
    {
        _logging = QuartzLogging.Use(loggers);
        await QuartzSchema.EnsureAsync(database.ConnectionString, cancellationToken);
        var scheduler = await new StdSchedulerFactory(QuartzSettings.For(database, options.Value)).GetScheduler(cancellationToken);
        scheduler.JobFactory = new ScopedJobFactory(scopes);
        scheduler.ListenerManager.AddJobListener(retries, GroupMatcher<JobKey>.AnyGroup());
        return scheduler;
    }
}
