using KhataBot.Core.Budgets;
using KhataBot.Core.Parsing;
using KhataBot.Core.Reports;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Dashboard.Queries;

/// <summary>Everything the overview shows, summed by SQLite: the report's own period totals
/// (<see cref="PeriodTotals"/>, over its covering index), balances from the customers' kept balances, and
/// dues through the due-date index. No entry is read as a row.</summary>
public sealed record Overview(
    long OwedPaise,
    int Owing,
    long AdvancePaise,
    PeriodTotals Totals,
    IReadOnlyList<BudgetUse> Budgets,
    DueSum Overdue,
    DueSum DueThisWeek)
{
    public static async Task<Overview> LoadAsync(KhataDbContext db, long shopId, DateRange period, DateOnly today, CancellationToken ct)
    {
        var balances = await db.Customers.Where(c => c.ShopId == shopId && c.RemovedAt == null && c.BalancePaise != 0)
            .GroupBy(c => 1)
            .Select(g => new
            {
                Owed = g.Sum(c => c.BalancePaise > 0 ? c.BalancePaise : 0),
                Owing = g.Count(c => c.BalancePaise > 0),
                Advance = g.Sum(c => c.BalancePaise < 0 ? -c.BalancePaise : 0),
            })
            .FirstOrDefaultAsync(ct);
        var totals = await PeriodTotals.LoadAsync(db, shopId, period, ct);
        var budgets = await BudgetRows.ThisMonthAsync(db, shopId, today, ct);
        var weekEnd = today.AddDays(7);
        var dues = await OpenDueRows.Of(db, shopId).Where(e => e.DueDate <= weekEnd)
            .GroupBy(e => e.DueDate < today)
            .Select(g => new { Overdue = g.Key, Count = g.Count(), Paise = g.Sum(e => e.AmountPaise - e.DuePaidPaise) })
            .ToListAsync(ct);
        DueSum Of(bool overdue) => dues.Where(d => d.Overdue == overdue).Select(d => new DueSum(d.Count, d.Paise)).FirstOrDefault() ?? new DueSum(0, 0);
        return new Overview(balances?.Owed ?? 0, balances?.Owing ?? 0, balances?.Advance ?? 0, totals, budgets, Of(true), Of(false));
    }
}

public sealed record DueSum(int Count, long Paise);

/// <summary>Each budget with this month's spending so far, as `budgets` shows it.</summary>
public static class BudgetRows
{
    public static async Task<IReadOnlyList<BudgetUse>> ThisMonthAsync(KhataDbContext db, long shopId, DateOnly today, CancellationToken ct)
    {
        var limits = await db.Budgets.AsNoTracking().Where(b => b.ShopId == shopId).OrderBy(b => b.Category).ToListAsync(ct);
        if (limits.Count == 0)
        {
            return [];
        }

        var spent = await Spending.ByCategoryAsync(db, shopId, DateRange.Month(today.Year, today.Month), ct);
        return [.. limits.Select(b => new BudgetUse(b.Category, spent.GetValueOrDefault(b.Category), b.AmountPaise))];
    }
}
