namespace KhataBot.Core.Jobs;

/// <summary>One scheduled or failed job.</summary>
/// <param name="Key">"group.name", unique in the scheduler.</param>
/// <param name="Description">What it does, for people ("Due reminder round").</param>
public sealed record JobSummary(string Key, string Description)
{
    /// <summary>Null when nothing will run it again (a job that failed for good).</summary>
    public DateTimeOffset? NextRunAt { get; init; }

    /// <summary>"every 5 min" for a recurring job; null for a one-off.</summary>
    public string? Repeats { get; init; }

    /// <summary>The shop the job works for; null for a job of the whole bot, such as the reminder round.</summary>
    public long? ShopId { get; init; }

    public JobFailure? Failure { get; init; }
}

/// <summary>A job whose last run failed: it is retried with growing delays, then given up on and kept.</summary>
public sealed record JobFailure(int Attempts, string LastError, DateTimeOffset LastFailedAt)
{
    public DateTimeOffset? RetryAt { get; init; }

    public DateTimeOffset? GaveUpAt { get; init; }
}
