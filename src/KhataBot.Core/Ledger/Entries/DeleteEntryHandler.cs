using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Entries;

/// <summary>"delete #12": the entry stops counting but its row stays (marked deleted), so undo can bring it back
/// and the audit trail can always show what was there.</summary>
internal sealed class DeleteEntryHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<DeleteEntry>
{
    public async Task<Reply> HandleAsync(DeleteEntry command, CommandContext context, CancellationToken cancellationToken)
    {
        var entry = await LiveEntries.FindAsync(db, context, command.Number, cancellationToken);
        if (entry is null)
        {
            return LiveEntries.Missing(command.Number);
        }

        if (entry.DeletedAt is not null)
        {
            return $"#{entry.Number} is already deleted. Type undo right after a delete to bring it back.";
        }

        var before = EntrySnapshot.Of(entry);
        entry.DeletedAt = context.Now;
        await LiveEntries.SettleAsync(db, entry, cancellationToken);
        await Budgets.BudgetAlerts.ReArmAsync(db, entry, cancellationToken);
        audit.Record(context, LedgerActions.EntryDeleted, "Deleted " + LedgerText.EntryLine(entry, entry.Customer?.Name, context.Today),
            before: before, after: EntrySnapshot.Of(entry), entryId: entry.Id, customerId: entry.CustomerId);
        return $"Deleted {LedgerText.EntryWithBalance(entry, entry.Customer, context.Today)}";
    }
}

/// <summary>Brings a deleted entry back.</summary>
internal sealed class EntryDeletedUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [LedgerActions.EntryDeleted];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var entry = await LiveEntries.ByIdAsync(db, context, record.EntryId, cancellationToken);
        if (entry is null || entry.DeletedAt is null || entry.Customer?.RemovedAt is not null)
        {
            return null;
        }

        entry.DeletedAt = null;
        await LiveEntries.SettleAsync(db, entry, cancellationToken);
        return $"Undone: delete of #{entry.Number}, it is back. {LedgerText.EntryWithBalance(entry, entry.Customer, context.Today)}";
    }
}
