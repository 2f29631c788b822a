using System.Collections.Concurrent;
using Quartz;

namespace KhataBot.Integration.Tests.Scheduling;

/// <summary>What test jobs report back: each run, and whether the next runs should fail.</summary>
public sealed class Signals
{
    private TaskCompletionSource<IJobExecutionContext> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(JobKey Job, string? ShopId)> Runs { get; } = new();

    public int FailuresLeft;

    public void Ran(IJobExecutionContext context)
    {
        Runs.Enqueue((context.JobDetail.Key, context.MergedJobDataMap.TryGetString("shopId", out var shop) ? shop : null));
        Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(context);
    }

    /// <summary>The next run, or a TimeoutException: a job that never fires must fail the test, not hang it.</summary>
    public Task<IJobExecutionContext> NextRunAsync(TimeSpan within) => Volatile.Read(ref _next).Task.WaitAsync(within);
}

/// <summary>Reports that it ran. Its dependency comes from the job's own DI scope.</summary>
public sealed class SignalJob(Signals signals) : IJob
{
    public Task Execute(IJobExecutionContext context)
    {
        signals.Ran(context);
        return Task.CompletedTask;
    }
}

public sealed class FailingJob : IJob
{
    public Task Execute(IJobExecutionContext context) => throw new InvalidOperationException("boom");
}

/// <summary>Fails while <see cref="Signals.FailuresLeft"/> is above zero, then works.</summary>
public sealed class FlakyJob(Signals signals) : IJob
{
    public Task Execute(IJobExecutionContext context)
    {
        if (Interlocked.Decrement(ref signals.FailuresLeft) >= 0)
        {
            throw new InvalidOperationException("not yet");
        }

        signals.Ran(context);
        return Task.CompletedTask;
    }
}

internal static class Eventually
{
    /// <summary>Waits for something a scheduler thread does, failing the test after <paramref name="within"/>.</summary>
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
