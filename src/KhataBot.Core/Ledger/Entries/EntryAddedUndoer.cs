using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Entries;

/// <summary>Undoes a credit, payment, expense or income: the entry is marked deleted (rows are never removed),
/// and a customer that this message brought into the book is marked removed again.</summary>
internal sealed class EntryAddedUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [LedgerActions.EntryAdded];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var entry = await LiveEntries.ByIdAsync(db, context, record.EntryId, cancellationToken);
        if (entry is null || entry.DeletedAt is not null)
        {
            return null;
        }

        entry.DeletedAt = context.Now;
        await LiveEntries.SettleAsync(db, entry, cancellationToken);
        await Budgets.BudgetAlerts.ReArmAsync(db, entry, cancellationToken);

        var text = $"Undone: {LedgerText.EntryWithBalance(entry, entry.Customer, context.Today)}";
        var state = AuditTrail.Read<EntryAddedState>(record.After);
        if (entry.Customer is { } customer && state?.BroughtCustomer == true && await IsEmptyAsync(customer, cancellationToken))
        {
            // The customer came with this entry, so they go with it. Only when nothing else of theirs is live:
            // undo walks back in order, so that should always hold, but a khata with entries is never hidden.
            customer.RemovedAt = context.Now;
            text = $"Undone: {LedgerText.EntryLine(entry, customer.Name, context.Today)}. {customer.Name} is no longer a customer.";
        }

        return text;
    }

    private async Task<bool> IsEmptyAsync(Customer customer, CancellationToken ct) =>
        !await db.Entries.AnyAsync(e => e.ShopId == customer.ShopId && e.CustomerId == customer.Id && e.DeletedAt == null, ct);
}
