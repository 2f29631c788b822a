using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Customers;

/// <summary>
/// "merge Raaju into Raju": one person written under two names becomes one khata. Every entry of Raaju
/// (deleted ones too, so undoing their delete later lands on Raju), his one-off reminders, recurring entries and
/// customer links move to Raju; a phone or address Raju lacks is taken over; Raaju is removed. Due
/// reminders follow their entries. The audit record lists what moved, so undo moves exactly that back.
/// </summary>
internal sealed class MergeCustomersHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<MergeCustomers>
{
    public async Task<Reply> HandleAsync(MergeCustomers command, CommandContext context, CancellationToken cancellationToken)
    {
        var from = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (from is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"merge {name} into {command.Into}");
        }

        var into = await CustomerFinder.FindAsync(db, context, command.Into, cancellationToken);
        if (into is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Into, cancellationToken, name => $"merge {from.Name} into {name}");
        }

        if (from.Id == into.Id)
        {
            return $"{from.Name} and {command.Into} are the same customer, so there is nothing to merge.";
        }

        var shopId = context.Shop.Id;
        var entries = await db.Entries.Where(e => e.ShopId == shopId && e.CustomerId == from.Id).ToListAsync(cancellationToken);
        var reminders = await db.OneOffReminders.Where(r => r.ShopId == shopId && r.CustomerId == from.Id).ToListAsync(cancellationToken);
        var links = await db.CustomerLinks.Where(l => l.ShopId == shopId && l.CustomerId == from.Id).ToListAsync(cancellationToken);
        var recurring = await db.RecurringEntries.Where(r => r.ShopId == shopId && r.CustomerId == from.Id).ToListAsync(cancellationToken);
        entries.ForEach(e => e.CustomerId = into.Id);
        recurring.ForEach(r => r.CustomerId = into.Id);
        reminders.ForEach(r => r.CustomerId = into.Id);
        links.ForEach(l => l.CustomerId = into.Id);

        var state = new MergeState(from.Id, into.Id, [.. entries.Select(e => e.Id)], [.. reminders.Select(r => r.Id)], [.. links.Select(l => l.Id)],
            TookPhone: into.Phone is null && from.Phone is not null, TookAddress: into.Address is null && from.Address is not null,
            RecurringIds: [.. recurring.Select(r => r.Id)]);
        if (state.TookPhone) into.Phone = from.Phone;
        if (state.TookAddress) into.Address = from.Address;
        from.RemovedAt = context.Now;

        await CustomerTotals.RefreshAsync(db, from, cancellationToken);
        await CustomerTotals.RefreshAsync(db, into, cancellationToken);
        var live = entries.Count(e => e.DeletedAt is null);
        audit.Record(context, LedgerActions.CustomersMerged, $"Merged {from.Name} into {into.Name} ({LedgerText.Plural(live, "entry", "entries")})",
            after: state, customerId: into.Id);
        return $"Merged {from.Name} into {into.Name}: {LedgerText.Plural(live, "entry", "entries")} moved, {from.Name} is no longer a customer.\n"
            + LedgerText.BalanceSentence(into);
    }
}

/// <summary>What a merge moved, by row id, as the audit trail keeps it.</summary>
internal sealed record MergeState(long FromId, long IntoId, long[] EntryIds, long[] ReminderIds, long[] LinkIds, bool TookPhone, bool TookAddress,
    long[]? RecurringIds = null);

/// <summary>Splits a merge: what moved goes back to the merged customer, who is a customer again.</summary>
internal sealed class CustomersMergedUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [LedgerActions.CustomersMerged];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var state = AuditTrail.Read<MergeState>(record.After);
        var shopId = context.Shop.Id;
        var from = state is null ? null : await db.Customers.FirstOrDefaultAsync(c => c.ShopId == shopId && c.Id == state.FromId, cancellationToken);
        var into = state is null ? null : await db.Customers.FirstOrDefaultAsync(c => c.ShopId == shopId && c.Id == state.IntoId, cancellationToken);
        if (state is null || from is null || into is null || from.RemovedAt is null)
        {
            return null;
        }

        foreach (var entry in await db.Entries.Where(e => e.ShopId == shopId && state.EntryIds.Contains(e.Id)).ToListAsync(cancellationToken))
        {
            entry.CustomerId = from.Id;
        }

        foreach (var reminder in await db.OneOffReminders.Where(r => r.ShopId == shopId && state.ReminderIds.Contains(r.Id)).ToListAsync(cancellationToken))
        {
            reminder.CustomerId = from.Id;
        }

        foreach (var link in await db.CustomerLinks.Where(l => l.ShopId == shopId && state.LinkIds.Contains(l.Id)).ToListAsync(cancellationToken))
        {
            link.CustomerId = from.Id;
        }

        var recurringIds = state.RecurringIds ?? [];
        foreach (var row in await db.RecurringEntries.Where(r => r.ShopId == shopId && recurringIds.Contains(r.Id)).ToListAsync(cancellationToken))
        {
            row.CustomerId = from.Id;
        }

        if (state.TookPhone && into.Phone == from.Phone) into.Phone = null;
        if (state.TookAddress && into.Address == from.Address) into.Address = null;
        from.RemovedAt = null;
        await CustomerTotals.RefreshAsync(db, from, cancellationToken);
        await CustomerTotals.RefreshAsync(db, into, cancellationToken);
        return $"Undone: merge of {from.Name} into {into.Name}. {LedgerText.BalanceSentence(from)} {LedgerText.BalanceSentence(into)}";
    }
}
