namespace KhataBot.Infrastructure.Scheduling;

/// <summary>How long Hangfire waits before running a failed job again: short at first (a locked file, a
/// restart), then long (something is really wrong): 15 s, 1 min, 5 min, 30 min, 2 h. After the last the job
/// is kept as failed, for `jobs` and the dashboard, where it can be retried by hand. Every job class carries
/// <c>[AutomaticRetry(Attempts = RetryPolicy.Attempts, DelaysInSeconds = [15, 60, 300, 1800, 7200], ...)]</c>:
/// a class's filter replaces Hangfire's default of 10 attempts, where a global one would be process-wide state.</summary>
public static class RetryPolicy
{
    public const int Attempts = 5;

    public static IReadOnlyList<TimeSpan> Delays { get; } =
    [
        TimeSpan.FromSeconds(15),
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
    ];
}
