using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Recurring;

/// <summary>The shop's recurring entries that still run, in the order they were made: "cancel recurring 2" is the second.</summary>
internal static class RecurringList
{
    public static async Task<List<(RecurringEntry Row, string? Customer)>> ActiveAsync(IKhataDb db, long shopId, CancellationToken ct) =>
        [.. (await db.RecurringEntries.Where(r => r.ShopId == shopId && r.CancelledAt == null).OrderBy(r => r.Id)
            .Select(r => new { Row = r, Customer = db.Customers.Where(c => c.Id == r.CustomerId).Select(c => c.Name).FirstOrDefault() })
            .ToListAsync(ct)).Select(r => (r.Row, r.Customer))];

    public static string Line(int position, RecurringEntry row, string? customer, DateOnly today) =>
        $"{position}. {RecurringText.Describe(row, customer)} (next {LedgerText.Day(row.NextOn, today)})";
}
