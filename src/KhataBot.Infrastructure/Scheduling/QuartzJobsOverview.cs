using System.Globalization;
using KhataBot.Core.Jobs;
using Quartz;
using Quartz.Impl.Matchers;
using Quartz.Impl.Triggers;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>Every job in the store with its next run, and every job that is failing or was given up on.</summary>
public sealed class QuartzJobsOverview(KhataScheduler scheduler, JobFailureStore failures) : IJobsOverview
{
    public async Task<IReadOnlyList<JobSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var quartz = await scheduler.GetAsync(cancellationToken);
        var failed = await failures.AllAsync(cancellationToken);
        var jobs = new List<JobSummary>();
        foreach (var key in (await quartz.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).OrderBy(k => k.ToString(), StringComparer.Ordinal))
        {
            var detail = await quartz.GetJobDetail(key, cancellationToken);
            var triggers = await quartz.GetTriggersOfJob(key, cancellationToken);
            jobs.Add(new JobSummary(key.ToString(), detail?.Description ?? key.ToString())
            {
                NextRunAt = triggers.Select(t => t.GetNextFireTimeUtc()).Where(t => t is not null).Min(),
                Repeats = triggers.OfType<ISimpleTrigger>().Where(t => t.RepeatCount == SimpleTriggerImpl.RepeatIndefinitely).Select(t => Every(t.RepeatInterval)).FirstOrDefault(),
                ShopId = ShopOf(detail),
                Failure = failed.GetValueOrDefault(key),
            });
        }

        // A failed job that is no longer in the store (deleted since) is still worth showing.
        jobs.AddRange(failed.Where(f => jobs.All(j => j.Key != f.Key.ToString()))
            .Select(f => new JobSummary(f.Key.ToString(), f.Key.ToString()) { Failure = f.Value }));
        return jobs;
    }

    private static long? ShopOf(IJobDetail? detail) =>
        detail?.JobDataMap.TryGetString(JobData.ShopId, out var shop) == true && long.TryParse(shop, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string Every(TimeSpan interval) =>
        interval.TotalHours >= 1 && interval.TotalHours % 1 == 0 ? $"every {interval.TotalHours:0} h"
        : interval.TotalMinutes >= 1 && interval.TotalMinutes % 1 == 0 ? $"every {interval.TotalMinutes:0} min"
        : $"every {interval.TotalSeconds:0} s";
}
