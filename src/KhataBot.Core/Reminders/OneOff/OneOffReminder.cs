namespace KhataBot.Core.Reminders.OneOff;

/// <summary>
/// "remind Ramesh in 3 days": one reminder to the shopkeeper at one moment. The book holds what is pending,
/// cancelled or sent; the scheduler holds only a delayed job that hands back <see cref="Key"/>, so a job whose
/// row was rolled back, cancelled or already sent does nothing when it runs.
/// </summary>
public sealed class OneOffReminder
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    public long CustomerId { get; set; }

    /// <summary>A new random key per reminder, never reused (unlike a row id after a rollback): it is what
    /// the scheduler's job hands back when it runs.</summary>
    public required string Key { get; set; }

    /// <summary>The scheduler's job that sends it (Hangfire's job id), so cancelling can delete it. Null for a
    /// reminder made before the scheduler kept ids (the Quartz version): it gets a job at the next start.</summary>
    public string? JobId { get; set; }

    /// <summary>When it goes out.</summary>
    public DateTimeOffset At { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public bool IsPending => CancelledAt is null && SentAt is null;

    public static string NewKey() => Guid.NewGuid().ToString("N");
}
