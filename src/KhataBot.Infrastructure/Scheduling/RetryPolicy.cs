namespace KhataBot.Infrastructure.Scheduling;

/// <summary>How long to wait before running a failed job again. Short at first (a locked file, a
/// restart), then long (something is really wrong); after the last delay the job is given up on.</summary>
public static class RetryPolicy
{
    public static IReadOnlyList<TimeSpan> Delays { get; } =
    [
        TimeSpan.FromSeconds(15),
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
    ];

    /// <summary>The wait after the <paramref name="failures"/>th failure in a row, or null to give up.</summary>
    public static TimeSpan? DelayAfter(int failures) =>
        failures >= 1 && failures <= Delays.Count ? Delays[failures - 1] : null;
}
