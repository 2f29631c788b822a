namespace KhataBot.Core.Ledger.Entries;

/// <summary>An entry as the audit trail keeps it (before/after JSON), enough to read back what it was.
/// Its customer is the audit record's own CustomerId.</summary>
public sealed record EntrySnapshot(
    int Number,
    EntryKind Kind,
    long AmountPaise,
    string? Category,
    string? Note,
    DateOnly Date,
    DateOnly? DueDate,
    DateTimeOffset? DeletedAt)
{
    public static EntrySnapshot Of(Entry e) => new(e.Number, e.Kind, e.AmountPaise, e.Category, e.Note, e.Date, e.DueDate, e.DeletedAt);
}

/// <summary>What "entry.add" keeps: the entry, and whether this message brought its customer into the book
/// (new, or back from removed) so that undoing it takes the customer out again.</summary>
public sealed record EntryAddedState(EntrySnapshot Entry, bool BroughtCustomer);
