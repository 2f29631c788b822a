namespace KhataBot.Core.Reminders;

/// <summary>
/// A reminder that went out: one row per due and slot. Its key (day, entry, stage) is unique, and the row
/// is written in the same transaction as the outbox message that carries it, so a reminder round that
/// runs twice, or twice at once, sends each reminder once.
/// </summary>
public sealed class ReminderLogEntry
{
    /// <summary>The shop's calendar day of the slot, not the day it was sent (they differ after downtime).</summary>
    public DateOnly Day { get; set; }

    /// <summary>The dated credit (<see cref="Ledger.Entry"/>) reminded of.</summary>
    public long EntryId { get; set; }

    public ReminderStage Stage { get; set; }

    public long ShopId { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
