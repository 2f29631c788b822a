using KhataBot.Core.Jobs;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace KhataBot.Integration.Tests.Scheduling;

public sealed class RetryTests
{
    private static readonly JobKey Boom = new("boom", "tests");

    private static Task<JobFailure?> FailureAsync(TestScheduler scheduler, JobKey job) =>
        scheduler.Services.GetRequiredService<JobFailureStore>().AllAsync(CancellationToken.None).ContinueWith(t => t.Result.GetValueOrDefault(job));

    private static async Task<List<ITrigger>> RetriesAsync(IScheduler quartz, JobKey job) =>
        (await quartz.GetTriggersOfJob(job)).Where(t => t.Key.Group == RetryFailedJobs.RetryGroup).ToList();

    [Fact]
    public async Task A_failing_job_is_retried_with_growing_delays_then_given_up_on_and_kept()
    {
        using var folder = new TempFolder();
        // Our clock runs a day ahead of Quartz's, so no retry comes due by itself during the test: each run
        // is started by hand, and the retry it leaves behind is read back.
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow.AddDays(1));
        await using var scheduler = new TestScheduler(folder, clock);
        var quartz = await scheduler.StartAsync();
        await quartz.AddJob(JobBuilder.Create<FailingJob>().WithIdentity(Boom).WithDescription("Always fails").StoreDurably().Build(), replace: false);

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var failedAt = clock.Now;
            await quartz.TriggerJob(Boom);
            var failure = (await Eventually.Get(() => FailureAsync(scheduler, Boom), f => f?.Attempts == attempt && (f.RetryAt is not null || f.GaveUpAt is not null)))!;

            Assert.Equal("InvalidOperationException: boom", failure.LastError);
            Assert.Equal(failedAt, failure.LastFailedAt);
            var retries = await RetriesAsync(quartz, Boom);
            if (failure.RetryAt is { } retryAt)
            {
                Assert.Equal(retryAt, Assert.Single(retries).StartTimeUtc);
                waits.Add(retryAt - failedAt);
            }
            else
            {
                Assert.Empty(retries);
                Assert.Equal(failedAt, failure.GaveUpAt);
            }

            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)], waits);
        var listed = Assert.Single(await scheduler.Services.GetRequiredService<IJobsOverview>().ListAsync(CancellationToken.None));
        Assert.Equal(("tests.boom", "Always fails", (DateTimeOffset?)null, 6), (listed.Key, listed.Description, listed.NextRunAt, listed.Failure!.Attempts));
        var text = JobsText.For([listed], clock.Now);
        Assert.Contains("FAILED 6 times", text);
        Assert.Contains("; gave up at ", text);
        Assert.Contains("last error: InvalidOperationException: boom", text);
        Assert.Contains(scheduler.Logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("tests.boom failed 6 times in a row; giving up"));
    }

    [Fact]
    public async Task A_job_that_works_again_forgets_its_failures_and_its_waiting_retry()
    {
        using var folder = new TempFolder();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow.AddDays(1));
        await using var scheduler = new TestScheduler(folder, clock);
        var quartz = await scheduler.StartAsync();
        var flaky = new JobKey("flaky", "tests");
        await quartz.AddJob(JobBuilder.Create<FlakyJob>().WithIdentity(flaky).StoreDurably().Build(), replace: false);
        scheduler.Signals.FailuresLeft = 1;

        await quartz.TriggerJob(flaky);
        await Eventually.Get(() => FailureAsync(scheduler, flaky), f => f?.RetryAt is not null);
        Assert.Single(await RetriesAsync(quartz, flaky));

        await quartz.TriggerJob(flaky);
        await Eventually.Get(() => FailureAsync(scheduler, flaky), f => f is null);
        await Eventually.Get(() => RetriesAsync(quartz, flaky), r => r.Count == 0);
        Assert.Single(scheduler.Signals.Runs);
    }
}
