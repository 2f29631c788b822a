using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger.Dues;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger;

/// <summary>
/// Keeps a customer's <see cref="Customer.BalancePaise"/> and dues in step with their live entries. Every
/// change that touches a customer's entries calls this before it returns, inside the engine's transaction,
/// so the stored balance is always the sum of the live entries, never a running figure that could drift.
/// </summary>
internal static class CustomerTotals
{
    public static async Task RefreshAsync(IKhataDb db, Customer customer, CancellationToken ct)
    {
        // Write the pending changes first so the sums below see them. The engine's transaction still wraps
        // everything: if anything later fails, these writes roll back with the rest.
        await db.SaveChangesAsync(ct);

        var totals = await db.Entries
            .Where(e => e.ShopId == customer.ShopId && e.CustomerId == customer.Id && e.DeletedAt == null)
            .GroupBy(e => e.Kind)
            .Select(g => new { Kind = g.Key, Paise = g.Sum(e => e.AmountPaise) })
            .ToListAsync(ct);
        var credits = totals.Where(t => t.Kind == EntryKind.Credit).Sum(t => t.Paise);
        var payments = totals.Where(t => t.Kind == EntryKind.Payment).Sum(t => t.Paise);
        customer.BalancePaise = credits - payments;

        // Deleted credits are loaded too, so that one deleted after it was (part) paid no longer claims money.
        var dated = await db.Entries
            .Where(e => e.ShopId == customer.ShopId && e.CustomerId == customer.Id && e.Kind == EntryKind.Credit && e.DueDate != null)
            .ToListAsync(ct);
        foreach (var deleted in dated.Where(e => e.DeletedAt != null))
        {
            deleted.DuePaidPaise = 0;
        }

        DueAllocation.Apply(dated.Where(e => e.DeletedAt == null), payments);
    }
}
