using KhataBot.Core.Ledger;

namespace KhataBot.Core.Recurring;

/// <summary>How often a recurring entry comes.</summary>
public enum RecurEvery
{
    Day,
    Week,
    Month,
}

/// <summary>
/// "every month rent 5000 on 1st": an entry the scheduler books by itself on its day. <see cref="NextOn"/>
/// is the next day it books, moved on in the same transaction as the entry it booked, so each day is
/// booked once however often (or late) the round runs.
/// </summary>
public sealed class RecurringEntry
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    public EntryKind Kind { get; set; }

    public long AmountPaise { get; set; }

    /// <summary>The expense category or income source.</summary>
    public string? Category { get; set; }

    public string? Note { get; set; }

    /// <summary>For a recurring credit or payment.</summary>
    public long? CustomerId { get; set; }

    public RecurEvery Every { get; set; }

    /// <summary>The day of the month (1–31; a short month uses its last day), or of the week (0 Sunday – 6 Saturday).</summary>
    public int Day { get; set; }

    /// <summary>The next day it books, on the shop's calendar.</summary>
    public DateOnly NextOn { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }
}
