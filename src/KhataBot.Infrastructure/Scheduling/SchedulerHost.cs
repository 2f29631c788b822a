using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// Runs the scheduler with the host. The recurring jobs are put in the store while the host starts, but
/// nothing fires until the host has started (after the book is migrated and every other service is up).
/// Stopping waits for the jobs running now, so a reminder round is never cut in half.
/// </summary>
internal sealed class SchedulerHost(KhataScheduler scheduler, IEnumerable<RecurringJob> recurring, ILogger<SchedulerHost> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var quartz = await scheduler.GetAsync(cancellationToken);
        foreach (var job in recurring)
        {
            await KeepAsync(quartz, job, cancellationToken);
        }
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var quartz = await scheduler.GetAsync(cancellationToken);
        await quartz.Start(cancellationToken);
        logger.LogInformation("Scheduler {Name} started", quartz.SchedulerName);
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => scheduler.ShutdownAsync(cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds the job, or updates it; its trigger is replaced only when the interval changed, so a
    /// restart does not push the next run further away.</summary>
    private static async Task KeepAsync(IScheduler quartz, RecurringJob job, CancellationToken cancellationToken)
    {
        await quartz.AddJob(job.Detail(), replace: true, cancellationToken);
        var trigger = job.Trigger();
        switch (await quartz.GetTrigger(trigger.Key, cancellationToken))
        {
            case ISimpleTrigger existing when existing.RepeatInterval == job.Interval:
                return;
            case null:
                await quartz.ScheduleJob(trigger, cancellationToken);
                return;
            default:
                await quartz.RescheduleJob(trigger.Key, trigger, cancellationToken);
                return;
        }
    }
}
