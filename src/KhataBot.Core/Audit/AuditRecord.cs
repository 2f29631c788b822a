namespace KhataBot.Core.Audit;

/// <summary>
/// One change to the book, as it was made: what changed and its state before and after (JSON), so that
/// "undo" can put it back and nothing is ever lost silently. Undoing is itself recorded.
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    public required string Action { get; set; }

    /// <summary>What people read: "#12 Ramesh +₹500 groceries".</summary>
    public required string Summary { get; set; }

    public long? EntryId { get; set; }

    public Ledger.Entry? Entry { get; set; }

    public long? CustomerId { get; set; }

    public Ledger.Customer? Customer { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public required string By { get; set; }

    /// <summary>The user id behind <see cref="By"/> where the transport has one: staff may fix only their own changes.</summary>
    public long? ByUserId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Set when this change has been undone.</summary>
    public DateTimeOffset? UndoneAt { get; set; }

    /// <summary>For an "undo" record: the change it reverted.</summary>
    public long? UndoOfId { get; set; }
}
