using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Entries;

/// <summary>"move #4 to Suresh": a credit or payment written in the wrong khata goes to the right one; both
/// customers' balances and dues follow.</summary>
internal sealed class MoveEntryHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<MoveEntry>
{
    public async Task<Reply> HandleAsync(MoveEntry command, CommandContext context, CancellationToken cancellationToken)
    {
        var (entry, refusal) = await LiveEntries.ToChangeAsync(db, context, command.Number, "moved", cancellationToken);
        if (entry is null)
        {
            return refusal!;
        }

        if (entry.Customer is not { } from)
        {
            return $"#{entry.Number} is not a customer's entry, so there is no khata to move it from. Nothing was changed.";
        }

        var to = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (to is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"move #{entry.Number} to {name}");
        }

        if (to.Id == from.Id)
        {
            return $"#{entry.Number} is already {from.Name}'s. Nothing was changed.";
        }

        var state = new EntryMove(from.Id, to.Id, entry.PaysDueNumber);
        entry.Customer = to;
        entry.CustomerId = to.Id;
        // A payment for one of the first customer's dues pays none of the other's.
        entry.PaysDueNumber = null;
        await CustomerTotals.RefreshAsync(db, from, cancellationToken);
        await CustomerTotals.RefreshAsync(db, to, cancellationToken);
        audit.Record(context, LedgerActions.EntryMoved, $"Moved {LedgerText.EntryLine(entry, to.Name, context.Today)} from {from.Name}",
            before: state, entryId: entry.Id, customerId: to.Id);
        return $"Moved #{entry.Number} from {from.Name} to {to.Name}.\n{LedgerText.EntryWithBalance(entry, to, context.Today)} {LedgerText.BalanceSentence(from)}";
    }
}

/// <summary>Where a moved entry came from, as the audit trail keeps it.</summary>
internal sealed record EntryMove(long FromCustomerId, long ToCustomerId, int? PaysDueNumber);

/// <summary>Moves an entry back to the customer it was moved from.</summary>
internal sealed class EntryMovedUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [LedgerActions.EntryMoved];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var entry = await LiveEntries.ByIdAsync(db, context, record.EntryId, cancellationToken);
        var move = AuditTrail.Read<EntryMove>(record.Before);
        var from = move is null ? null : await db.Customers.FirstOrDefaultAsync(c => c.ShopId == context.Shop.Id && c.Id == move.FromCustomerId, cancellationToken);
        if (entry?.Customer is not { } to || move is null || from is null || from.RemovedAt is not null || to.Id != move.ToCustomerId)
        {
            return null;
        }

        entry.Customer = from;
        entry.CustomerId = from.Id;
        entry.PaysDueNumber = move.PaysDueNumber;
        await CustomerTotals.RefreshAsync(db, to, cancellationToken);
        await CustomerTotals.RefreshAsync(db, from, cancellationToken);
        return $"Undone: #{entry.Number} is {from.Name}'s again. {LedgerText.BalanceSentence(from)} {LedgerText.BalanceSentence(to)}";
    }
}
