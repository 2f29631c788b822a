using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Budgets;

/// <summary>What was spent per expense category in a range of days, summed by SQLite over the report index
/// (never by loading the entries).</summary>
public static class Spending
{
    public static async Task<IReadOnlyDictionary<string, long>> ByCategoryAsync(IKhataDb db, long shopId, DateRange range,
        CancellationToken cancellationToken)
    {
        var sums = await db.Entries
            .Where(e => e.ShopId == shopId && e.Date >= range.From && e.Date <= range.To
                && e.Kind == EntryKind.Expense && e.DeletedAt == null)
            .GroupBy(e => e.Category)
            .Select(g => new { Category = g.Key, Paise = g.Sum(e => e.AmountPaise) })
            .ToListAsync(cancellationToken);

        // Categories are stored lower-case; folding again costs nothing and keeps one line per category
        // even if an older row slipped through in another case.
        return sums
            .GroupBy(s => (s.Category ?? Categories.Fallback).ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Paise));
    }
}
