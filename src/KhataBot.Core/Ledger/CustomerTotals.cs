using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger.Dues;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger;

/// <summary>
/// Keeps a customer's <see cref="Customer.BalancePaise"/> and dues in step with their live entries. Every
/// change that touches a customer's entries calls this before it returns, inside the engine's transaction,
/// so the stored balance is always the sum of the live entries: recomputed from them, except for the
/// commonest change (an undated credit), which adds to the balance read in the same transaction.
/// </summary>
internal static class CustomerTotals
{
    /// <param name="adding">A new entry of this customer's that is not saved yet: it is counted in memory,
    /// so adding a credit or payment needs no extra save before the engine's one.</param>
    public static async Task RefreshAsync(IKhataDb db, Customer customer, CancellationToken ct, Entry? adding = null)
    {
        if (adding is { Kind: EntryKind.Credit, DueDate: null })
        {
            // An undated credit moves only the balance (payments settle dated credits only), and the stored
            // balance was read in this same transaction: adding to it is exact and needs no query.
            customer.BalancePaise += adding.AmountPaise;
            return;
        }

        if (adding is null)
        {
            // Write the pending changes (edits, deletions) first so the sums below see them. The engine's
            // transaction still wraps everything: if anything later fails, these writes roll back too.
            await db.SaveChangesAsync(ct);
        }

        var stored = customer.Id == 0 ? [] : await StoredTotalsAsync(db, customer, ct);
        var credits = stored.Where(t => t.Live && t.Kind == EntryKind.Credit).Sum(t => t.Paise);
        var payments = stored.Where(t => t.Live && t.Kind == EntryKind.Payment).Sum(t => t.Paise);
        customer.BalancePaise = credits - payments + (adding?.BalanceEffectPaise ?? 0);
        payments += adding is { Kind: EntryKind.Payment } ? adding.AmountPaise : 0;

        // Most customers never get a due date: then there are no dues to settle.
        var addingDue = adding is { Kind: EntryKind.Credit, DueDate: not null };
        if (!addingDue && !stored.Any(t => t.HasDue))
        {
            return;
        }

        // Deleted credits are loaded too, so that one deleted after it was (part) paid no longer claims money.
        var dated = customer.Id == 0 ? [] : await db.Entries
            .Where(e => e.ShopId == customer.ShopId && e.CustomerId == customer.Id && e.Kind == EntryKind.Credit && e.DueDate != null)
            .ToListAsync(ct);
        if (addingDue)
        {
            dated.Add(adding!);
        }

        foreach (var deleted in dated.Where(e => e.DeletedAt != null))
        {
            deleted.DuePaidPaise = 0;
        }

        // Payments made for a named due (a reminder's [Paid]) settle that due first; few customers have one.
        var paidForDue = customer.Id == 0 || !stored.Any(t => t.Live && t.HasNamedPayment) ? [] : await db.Entries
            .Where(e => e.ShopId == customer.ShopId && e.CustomerId == customer.Id && e.Kind == EntryKind.Payment && e.DeletedAt == null && e.PaysDueNumber != null)
            .Select(e => new { Due = e.PaysDueNumber!.Value, e.AmountPaise })
            .ToListAsync(ct);
        if (adding is { Kind: EntryKind.Payment, PaysDueNumber: { } forDue })
        {
            paidForDue.Add(new { Due = forDue, adding.AmountPaise });
        }

        DueAllocation.Apply(dated.Where(e => e.DeletedAt == null), payments, paidForDue.GroupBy(p => p.Due).ToDictionary(g => g.Key, g => g.Sum(p => p.AmountPaise)));
    }

    private static Task<List<StoredTotal>> StoredTotalsAsync(IKhataDb db, Customer customer, CancellationToken ct) =>
        HotQueries.StoredTotalsAsync(db, customer.ShopId, customer.Id, ct);

    internal sealed record StoredTotal(EntryKind Kind, bool Live, long Paise, bool HasDue, bool HasNamedPayment);
}
