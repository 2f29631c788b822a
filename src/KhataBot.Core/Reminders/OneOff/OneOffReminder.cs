namespace KhataBot.Core.Reminders.OneOff;

/// <summary>
/// "remind Ramesh in 3 days": one reminder to the shopkeeper at one moment. The book holds what is pending,
/// cancelled or sent; the scheduler holds only a trigger named by <see cref="Key"/>, so a trigger whose row
/// was rolled back, cancelled or already sent does nothing when it fires.
/// </summary>
public sealed class OneOffReminder
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    public long CustomerId { get; set; }

    /// <summary>A new random key per reminder, never reused (unlike a row id after a rollback): it names the
    /// scheduler's trigger and is what the trigger hands back when it fires.</summary>
    public required string Key { get; set; }

    /// <summary>When it goes out.</summary>
    public DateTimeOffset At { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public bool IsPending => CancelledAt is null && SentAt is null;

    public static string NewKey() => Guid.NewGuid().ToString("N");
}
