using Microsoft.Extensions.Logging;
using Quartz;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// What Hangfire does and Quartz does not: a job that throws is run again later with growing delays
/// (<see cref="RetryPolicy"/>), its failures are kept (<see cref="JobFailureStore"/>), and after the last
/// retry it is given up on but kept, so `jobs` can show it. A later success forgets the failures.
/// The delays are counted on our <see cref="TimeProvider"/>, the clock every decision of ours uses.
/// </summary>
public sealed class RetryFailedJobs(JobFailureStore failures, TimeProvider time, ILogger<RetryFailedJobs> logger) : IJobListener
{
    /// <summary>Retry triggers live in their own group, so they are never mistaken for a job's schedule.</summary>
    public const string RetryGroup = "retries";

    public string Name => "retry-failed-jobs";

    public Task JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var job = context.JobDetail.Key;
        try
        {
            if (jobException is null)
            {
                if (await failures.ClearAsync(job, cancellationToken))
                {
                    await UnscheduleRetriesAsync(context, cancellationToken);
                    logger.LogInformation("Job {Job} succeeded again", job);
                }

                return;
            }

            // Quartz wraps what the job threw, sometimes twice; the job's own exception says what went wrong.
            await RetryLaterAsync(context, jobException.GetBaseException(), cancellationToken);
        }
        catch (Exception ex)
        {
            // Quartz would only log this too; say which job lost its retry.
            logger.LogError(ex, "Could not record the outcome of job {Job}", job);
        }
    }

    private async Task RetryLaterAsync(IJobExecutionContext context, Exception cause, CancellationToken cancellationToken)
    {
        var job = context.JobDetail.Key;
        var now = time.GetUtcNow();
        var attempts = await failures.RecordAsync(job, $"{cause.GetType().Name}: {cause.Message}", now, cancellationToken);
        await UnscheduleRetriesAsync(context, cancellationToken);
        if (RetryPolicy.DelayAfter(attempts) is not { } delay)
        {
            await failures.GiveUpAsync(job, now, cancellationToken);
            logger.LogError(cause, "Job {Job} failed {Attempts} times in a row; giving up on it (it stays listed by `jobs`)", job, attempts);
            return;
        }

        var retryAt = now + delay;
        // A new key for every retry: the trigger firing now is deleted by Quartz when this run completes,
        // and would take a rescheduled trigger of the same key with it.
        var retry = TriggerBuilder.Create()
            .WithIdentity($"{job.Group}.{job.Name}.{attempts}", RetryGroup)
            .ForJob(job)
            .StartAt(retryAt)
            .WithSimpleSchedule(s => s.WithMisfireHandlingInstructionFireNow())
            .Build();
        await context.Scheduler.ScheduleJob(retry, cancellationToken);
        await failures.RetryAtAsync(job, retryAt, cancellationToken);
        logger.LogWarning(cause, "Job {Job} failed (attempt {Attempts}); retrying at {RetryAt:O}", job, attempts, retryAt);
    }

    /// <summary>Drops retries still waiting, other than the one running now (Quartz removes that one).</summary>
    private static async Task UnscheduleRetriesAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var waiting = (await context.Scheduler.GetTriggersOfJob(context.JobDetail.Key, cancellationToken))
            .Where(t => t.Key.Group == RetryGroup && !t.Key.Equals(context.Trigger.Key))
            .Select(t => t.Key)
            .ToList();
        if (waiting.Count > 0)
        {
            await context.Scheduler.UnscheduleJobs(waiting, cancellationToken);
        }
    }
}
