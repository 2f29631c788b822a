namespace KhataBot.Core.Ledger;

/// <summary>One line of the book: a credit, a payment, an expense or an income.</summary>
public sealed class Entry
{
    public const int MaxNoteLength = 200;

    public long Id { get; set; }

    public long ShopId { get; set; }

    /// <summary>The number people use for it ("delete #12"), unique within the shop.</summary>
    public int Number { get; set; }

    public EntryKind Kind { get; set; }

    /// <summary>For credits and payments.</summary>
    public long? CustomerId { get; set; }

    public Customer? Customer { get; set; }

    /// <summary>Always above zero; the kind says which way it moves the book.</summary>
    public long AmountPaise { get; set; }

    /// <summary>The expense category, or the income source, in lower case.</summary>
    public string? Category { get; set; }

    public string? Note { get; set; }

    /// <summary>The day it happened, in the shop's time zone.</summary>
    public DateOnly Date { get; set; }

    /// <summary>For credits: when the customer should pay.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>For credits with a due date: how much of it payments have settled (oldest due first).</summary>
    public long DuePaidPaise { get; set; }

    /// <summary>For credits with a due date: no reminders of it before this day of the shop ("snooze #12").</summary>
    public DateOnly? RemindersSnoozedUntil { get; set; }

    /// <summary>For a payment booked by a due's [Paid] button: that due's number. While the payment stands,
    /// pressing the button again books nothing.</summary>
    public int? PaysDueNumber { get; set; }

    public required string EnteredBy { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    /// <summary>Set by "delete #N" or by undoing the change that made it; the row is never removed.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Signed effect on what the customer owes.</summary>
    public long BalanceEffectPaise => Kind switch
    {
        EntryKind.Credit => AmountPaise,
        EntryKind.Payment => -AmountPaise,
        _ => 0,
    };
}
