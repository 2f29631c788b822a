using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reports.Pictures;

/// <summary>
/// Credit given and payments received per day, summed by SQLite (grouped by Date and Kind, the order of
/// the covering index IX_Entries_Report, so it streams without a sort), then laid out one slot per day, or
/// per month when the period is longer than <see cref="MaxDays"/> days: 365 daily bars cannot be read.
/// </summary>
public sealed record Flows(DateOnly From, DateOnly To, bool ByMonth, long[] CreditPaise, long[] PaymentPaise)
{
    public const int MaxDays = 62;

    public bool IsEmpty => CreditPaise.All(p => p == 0) && PaymentPaise.All(p => p == 0);

    /// <summary>What was owed at the end of each slot, from what was owed before the first.</summary>
    public long[] Owed(long openingPaise)
    {
        var owed = new long[CreditPaise.Length];
        for (var i = 0; i < owed.Length; i++)
        {
            openingPaise += CreditPaise[i] - PaymentPaise[i];
            owed[i] = openingPaise;
        }

        return owed;
    }

    public long TotalChangePaise => CreditPaise.Sum() - PaymentPaise.Sum();

    public static async Task<Flows> LoadAsync(IQueryable<Entry> entries, DateRange period, CancellationToken cancellationToken)
    {
        var sums = await entries
            .Where(e => e.Date >= period.From && e.Date <= period.To && e.DeletedAt == null
                && (e.Kind == EntryKind.Credit || e.Kind == EntryKind.Payment))
            .GroupBy(e => new { e.Date, e.Kind })
            .Select(g => new { g.Key.Date, g.Key.Kind, Paise = g.Sum(e => e.AmountPaise) })
            .ToListAsync(cancellationToken);

        var byMonth = period.To.DayNumber - period.From.DayNumber + 1 > MaxDays;
        var slots = byMonth ? MonthIndex(period.From, period.To) + 1 : period.To.DayNumber - period.From.DayNumber + 1;
        var credit = new long[slots];
        var payment = new long[slots];
        foreach (var sum in sums)
        {
            var slot = byMonth ? MonthIndex(period.From, sum.Date) : sum.Date.DayNumber - period.From.DayNumber;
            (sum.Kind == EntryKind.Credit ? credit : payment)[slot] += sum.Paise;
        }

        return new Flows(period.From, period.To, byMonth, credit, payment);
    }

    /// <summary>The shop's entries for one report: scoped here so no caller can forget the shop.</summary>
    public static IQueryable<Entry> OfShop(IKhataDb db, long shopId) => db.Entries.Where(e => e.ShopId == shopId);

    private static int MonthIndex(DateOnly from, DateOnly date) => (date.Year - from.Year) * 12 + date.Month - from.Month;
}
