using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using KhataBot.Core.Jobs;
using KhataBot.Infrastructure.Scheduling.Notices;
using KhataBot.Infrastructure.Scheduling.OneOff;
using KhataBot.Infrastructure.Scheduling.Recurring;
using KhataBot.Infrastructure.Scheduling.Reminders;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// The recurring, scheduled and failed jobs, from Hangfire's monitoring API (what the dashboard shows).
/// A scheduled job with a retry count is a failed run waiting for its retry; a failed job has used up
/// its retries and is kept. Enqueued and running jobs are left out: they are gone in a moment.
/// </summary>
public sealed class HangfireJobsOverview(JobStorage storage) : IJobsOverview
{
    public Task<IReadOnlyList<JobSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var monitoring = storage.GetMonitoringApi();
        using var connection = storage.GetConnection();
        var jobs = new List<JobSummary>();
        jobs.AddRange(connection.GetRecurringJobs().OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new JobSummary($"recurring:{r.Id}", Describe(r.Job))
        {
            NextRunAt = Utc(r.NextExecution),
            Repeats = RecurringSchedule.Describe(r.Cron),
        }));
        foreach (var (id, job) in monitoring.ScheduledJobs(0, (int)monitoring.ScheduledCount()))
        {
            jobs.Add(new JobSummary($"job:{id}", Describe(job.Job))
            {
                NextRunAt = Utc(job.EnqueueAt),
                ShopId = ShopOf(job.Job),
                Failure = RetryCount(connection, id) is > 0 and var retries
                    ? new JobFailure(retries, connection.GetStateData(id)?.Reason ?? "", Utc(job.ScheduledAt) ?? default) { RetryAt = Utc(job.EnqueueAt) }
                    : null,
            });
        }

        foreach (var (id, job) in monitoring.FailedJobs(0, (int)monitoring.FailedCount()))
        {
            var failedAt = Utc(job.FailedAt) ?? default;
            jobs.Add(new JobSummary($"job:{id}", Describe(job.Job))
            {
                ShopId = ShopOf(job.Job),
                Failure = new JobFailure(RetryCount(connection, id) + 1, $"{ShortName(job.ExceptionType)}: {job.ExceptionMessage}", failedAt) { GaveUpAt = failedAt },
            });
        }

        return Task.FromResult<IReadOnlyList<JobSummary>>(jobs);
    }

    private static string Describe(Job? job) => job?.Type switch
    {
        null => "A job whose class is gone",
        var t when t == typeof(OneOffReminderJob) => "One-off reminder",
        var t when t == typeof(DueReminderSweepJob) => DueReminderSweepJob.Description,
        var t when t == typeof(RecurringEntriesJob) => RecurringEntriesJob.Description,
        var t when t == typeof(DailyNoticesJob) => DailyNoticesJob.Description,
        var t => $"{t.Name}.{job.Method.Name}",
    };

    /// <summary>A one-off reminder's first argument is its shop: its owner sees it, with its errors.</summary>
    private static long? ShopOf(Job? job) =>
        job?.Type == typeof(OneOffReminderJob) && job.Args.Count > 0 && job.Args[0] is long shop ? shop : null;

    private static int RetryCount(IStorageConnection connection, string id) =>
        int.TryParse(connection.GetJobParameter(id, "RetryCount"), CultureInfo.InvariantCulture, out var count) ? count : 0;

    /// <summary>"InvalidOperationException" for "System.InvalidOperationException", as the retry's reason says it.</summary>
    private static string ShortName(string? type) => type?[(type.LastIndexOf('.') + 1)..] ?? "Exception";

    /// <summary>Hangfire hands out UTC times as DateTime (Kind sometimes Unspecified).</summary>
    private static DateTimeOffset? Utc(DateTime? at) =>
        at is { } time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : null;
}
