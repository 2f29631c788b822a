using Hangfire;
using Hangfire.Common;
using KhataBot.Infrastructure.Scheduling.Notices;
using KhataBot.Infrastructure.Scheduling.OneOff;
using KhataBot.Infrastructure.Scheduling.Recurring;
using KhataBot.Infrastructure.Scheduling.Reminders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// Runs the Hangfire server with the host. The recurring jobs are put in (or updated: AddOrUpdate by id, so a
/// restart never duplicates them) while the host starts; the pending one-off reminders get their jobs and the
/// server starts once the host has started (the book migrated, every other service up). Stopping waits for
/// the jobs running now, so a round is never cut in half. The server is made here rather than by
/// AddHangfireServer, whose service starts it in StartAsync, before the host has started.
/// </summary>
internal sealed class SchedulerHost(
    JobStorage storage,
    IRecurringJobManager recurring,
    OneOffCatchUp catchUp,
    IOptions<JobsOptions> options,
    IJobFilterProvider filters,
    JobActivator activator,
    ILogger<SchedulerHost> logger) : IHostedLifecycleService, IDisposable
{
    private BackgroundJobServer? _server;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var cron = RecurringSchedule.Cron(options.Value.SweepInterval);
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        recurring.AddOrUpdate<DueReminderSweepJob>(DueReminderSweepJob.Id, j => j.RunAsync(CancellationToken.None), cron, utc);
        recurring.AddOrUpdate<DailyNoticesJob>(DailyNoticesJob.Id, j => j.RunAsync(CancellationToken.None), cron, utc);
        recurring.AddOrUpdate<RecurringEntriesJob>(RecurringEntriesJob.Id, j => j.RunAsync(CancellationToken.None), cron, utc);
        return Task.CompletedTask;
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await catchUp.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping while it starts (a piped console chat that has read all its input): not a
            // failed start. Nothing is lost: the reminders are in the book, and the next start catches them up.
            logger.LogInformation("Stopped before the job server started; missed one-off reminders are caught up at the next start");
            return;
        }

        var settings = options.Value;
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            ServerName = $"khatabot:{Environment.ProcessId}",
            WorkerCount = settings.WorkerCount,
            SchedulePollingInterval = settings.SchedulePollingInterval,
            // Stopping lets the running jobs finish; a round of 500 shops a commit is done in seconds.
            StopTimeout = TimeSpan.FromSeconds(30),
            ShutdownTimeout = TimeSpan.FromSeconds(30),
            // The host's: jobs made in a DI scope per run (Hangfire.NetCore's activator), not the process-wide default.
            Activator = activator,
            FilterProvider = filters,
        }, storage);
        logger.LogInformation("Job server started on {Storage} with {Workers} workers", storage, settings.WorkerCount);
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is { } server)
        {
            server.SendStop();
            await server.WaitForShutdownAsync(cancellationToken);
        }
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _server?.Dispose();
}
