using Hangfire;
using KhataBot.Core.Jobs;
using KhataBot.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>Counts its runs across the host (a singleton), so the test sees Hangfire's retry.</summary>
public sealed class Runs
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void One() => Interlocked.Increment(ref _count);
}

/// <summary>Always throws. One retry a second later, so the test need not wait our policy's 15 s; the policy
/// itself is what <see cref="SchedulerHostTests"/> checks every job class for.</summary>
[AutomaticRetry(Attempts = 1, DelaysInSeconds = [1], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class ThrowingJob(Runs runs)
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        runs.One();
        throw new InvalidOperationException("the book is locked");
    }
}

public sealed class RetryTests
{
    [Fact]
    public async Task A_job_that_throws_is_retried_and_then_shows_as_failed_in_jobs_with_its_error()
    {
        using var folder = new TempFolder();
        using var host = JobsHost.Build(folder, configure: services => services.AddSingleton<Runs>());
        await host.StartAsync();
        var runs = host.Services.GetRequiredService<Runs>();
        var jobs = host.Services.GetRequiredService<IJobsOverview>();

        var id = host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ThrowingJob>(j => j.RunAsync(CancellationToken.None));

        var retrying = await Eventually.Get(() => jobs.ListAsync(CancellationToken.None), l => l.Any(j => j.Key == $"job:{id}"), TimeSpan.FromSeconds(10));
        var waiting = Assert.Single(retrying, j => j.Key == $"job:{id}").Failure!;
        Assert.Equal(1, waiting.Attempts);
        Assert.Contains("the book is locked", waiting.LastError);
        Assert.NotNull(waiting.RetryAt);

        var failed = await Eventually.Get(() => jobs.ListAsync(CancellationToken.None), l => l.Any(j => j.Key == $"job:{id}" && j.Failure?.GaveUpAt is not null), TimeSpan.FromSeconds(15));
        Assert.Equal(2, runs.Count);
        var job = Assert.Single(failed, j => j.Key == $"job:{id}");
        Assert.Equal((2, "InvalidOperationException: the book is locked"), (job.Failure!.Attempts, job.Failure.LastError));
        Assert.Null(job.NextRunAt);
        Assert.Contains($"job:{id}  ThrowingJob.RunAsync\n  next run: none\n  FAILED 2 times, last at ", JobsText.For(failed, DateTimeOffset.UtcNow));
        await host.StopAsync();
    }
}
