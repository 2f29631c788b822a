using KhataBot.Core.Abstractions;
using KhataBot.Core.Budgets;
using KhataBot.Core.Ledger;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reports;

/// <summary>
/// Everything a report needs from the entries dated inside the period, summed by SQLite over the covering
/// index IX_Entries_Report (ShopId, Date, Kind, DeletedAt, AmountPaise, Category, CustomerId): it holds every
/// column used, so SQLite reads only the index range of the period and never the rows.
/// Two queries, because SQLite's GROUP BY sorts every row unless the groups follow the index order:
/// totals per kind are grouped by (Date, Kind), which is the index order and streams without a sort;
/// only expense and income rows are sorted into categories. With 200,000 entries in one month this takes
/// about 60% of the time of one GROUP BY (Kind, Category) over all rows. Categories are grouped by
/// (Date, Kind, Category) too: that costs the same now, and streams without a sort if Category ever
/// moves next to Kind in the index.
/// </summary>
public sealed record PeriodTotals(NamedSum Credits, NamedSum Payments, IReadOnlyList<NamedSum> Expenses, IReadOnlyList<NamedSum> Income)
{
    public long ExpensePaise => Expenses.Sum(e => e.Paise);

    public long IncomePaise => Income.Sum(i => i.Paise);

    /// <summary>How much more customers owe at the end than at the start (negative: they paid down).</summary>
    public long OwedChangePaise => Credits.Paise - Payments.Paise;

    /// <summary>Money in minus money out. Credit given is not cash, so it is left out.</summary>
    public long NetCashPaise => IncomePaise + Payments.Paise - ExpensePaise;

    public bool IsEmpty => Credits.Count + Payments.Count + Expenses.Sum(e => e.Count) + Income.Sum(i => i.Count) == 0;

    /// <summary>Sums per day and kind, in index order; public so tests can check the plan.</summary>
    public static IQueryable<KindCategorySum> KindQuery(IKhataDb db, long shopId, DateRange period) =>
        InPeriod(db, shopId, period)
            .GroupBy(e => new { e.Date, e.Kind })
            .Select(g => new KindCategorySum { Kind = g.Key.Kind, Paise = g.Sum(e => e.AmountPaise), Count = g.Count() });

    /// <summary>Expense and income sums per category or source; public so tests can check the plan.</summary>
    public static IQueryable<KindCategorySum> CategoryQuery(IKhataDb db, long shopId, DateRange period) =>
        InPeriod(db, shopId, period)
            .Where(e => e.Kind == EntryKind.Expense || e.Kind == EntryKind.Income)
            .GroupBy(e => new { e.Date, e.Kind, e.Category })
            .Select(g => new KindCategorySum { Kind = g.Key.Kind, Category = g.Key.Category, Paise = g.Sum(e => e.AmountPaise), Count = g.Count() });

    public static async Task<PeriodTotals> LoadAsync(IKhataDb db, long shopId, DateRange period, CancellationToken cancellationToken)
    {
        var kinds = await KindQuery(db, shopId, period).ToListAsync(cancellationToken);
        var categories = kinds.Any(k => k.Kind is EntryKind.Expense or EntryKind.Income)
            ? await CategoryQuery(db, shopId, period).ToListAsync(cancellationToken)
            : [];
        return new PeriodTotals(
            Total(kinds, EntryKind.Credit, "credit"),
            Total(kinds, EntryKind.Payment, "payments"),
            ByName(categories, EntryKind.Expense, Categories.Fallback),
            ByName(categories, EntryKind.Income, "other"));
    }

    private static IQueryable<Entry> InPeriod(IKhataDb db, long shopId, DateRange period) =>
        db.Entries.Where(e => e.ShopId == shopId && e.Date >= period.From && e.Date <= period.To && e.DeletedAt == null);

    private static NamedSum Total(List<KindCategorySum> sums, EntryKind kind, string name)
    {
        var ofKind = sums.Where(s => s.Kind == kind).ToList();
        return new NamedSum(name, ofKind.Sum(s => s.Paise), ofKind.Sum(s => s.Count));
    }

    /// <summary>Largest first; ties by name so the same book always reads the same.</summary>
    private static List<NamedSum> ByName(List<KindCategorySum> sums, EntryKind kind, string fallback) =>
        [.. sums.Where(s => s.Kind == kind)
            .GroupBy(s => (s.Category ?? fallback).ToLowerInvariant())
            .Select(g => new NamedSum(g.Key, g.Sum(s => s.Paise), g.Sum(s => s.Count)))
            .OrderByDescending(s => s.Paise)
            .ThenBy(s => s.Name, StringComparer.Ordinal)];
}

/// <summary>One row of <see cref="PeriodTotals.KindQuery"/> or <see cref="PeriodTotals.CategoryQuery"/>.</summary>
public sealed class KindCategorySum
{
    public EntryKind Kind { get; init; }

    public string? Category { get; init; }

    public long Paise { get; init; }

    public int Count { get; init; }
}
