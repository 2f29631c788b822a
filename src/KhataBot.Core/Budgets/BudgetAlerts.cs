using System.Globalization;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Budgets;

/// <summary>
/// The alert that goes out with the expense that takes a category to 80% or to 100% of its monthly budget:
/// once per threshold, category and month (a <see cref="BudgetAlert"/> row remembers it), never again on
/// every later expense of that month.
/// <para>Re-arming: changing a budget clears the category's alerts for the current month, so the new level
/// alerts again. Undoing or deleting an expense clears the alerts whose threshold the month no longer reaches
/// without it, so a later crossing alerts again. Bringing a deleted expense back (undo of a delete) or editing
/// an amount does not alert; the next expense of that month does, if a threshold is then newly reached.</para>
/// </summary>
public static class BudgetAlerts
{
    public const int Warn = 80;

    public const int Over = 100;

    private static readonly int[] Thresholds = [Warn, Over];

    /// <summary>Records the thresholds this expense newly reaches and returns the line for the highest of them,
    /// or null when none is newly reached.</summary>
    /// <param name="use">The category's month including this expense.</param>
    /// <param name="expenseDate">The expense's own date: a back-dated expense alerts for its own month.</param>
    public static async Task<string?> CheckAsync(IKhataDb db, CommandContext context, BudgetUse use, DateOnly expenseDate,
        CancellationToken ct)
    {
        if (use.LimitPaise <= 0)
        {
            return null;
        }

        var shopId = context.Shop.Id;
        var month = FirstOfMonth(expenseDate);
        var reached = Thresholds.Where(t => use.SpentPaise * 100 >= use.LimitPaise * t).ToList();
        if (reached.Count == 0)
        {
            return null;
        }

        var sent = await db.BudgetAlerts
            .Where(a => a.ShopId == shopId && a.Category == use.Category && a.Month == month)
            .Select(a => a.Threshold)
            .ToListAsync(ct);
        var fresh = reached.Except(sent).ToList();
        if (fresh.Count == 0)
        {
            return null;
        }

        foreach (var threshold in fresh)
        {
            db.BudgetAlerts.Add(new BudgetAlert { ShopId = shopId, Category = use.Category, Month = month, Threshold = threshold, At = context.Now });
        }

        // When an expense jumps past both at once, only the higher one is worth saying.
        return fresh.Max() < sent.DefaultIfEmpty(0).Max() ? null : Describe(use, fresh.Max(), month);
    }

    public static string Describe(BudgetUse use, int threshold, DateOnly month)
    {
        var name = Capitalised(use.Category);
        var limit = IndianMoney.FormatPaise(use.LimitPaise);
        var when = month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        if (threshold < Over)
        {
            return $"⚠️ {name} has reached {threshold}% of its {limit} budget for {when}.";
        }

        return use.IsOver
            ? $"🚨 {name} is over its {limit} budget for {when} ({IndianMoney.FormatPaise(use.SpentPaise)} spent)."
            : $"🚨 {name} has used all of its {limit} budget for {when}.";
    }

    /// <summary>After an expense stops counting (undo or delete): forgets the alerts of its category and month
    /// that the month no longer reaches, so crossing them again alerts again.</summary>
    public static async Task ReArmAsync(IKhataDb db, Entry expense, CancellationToken ct)
    {
        if (expense.Kind != EntryKind.Expense || expense.Category is not { } category)
        {
            return;
        }

        var shopId = expense.ShopId;
        var month = FirstOfMonth(expense.Date);
        var alerts = await db.BudgetAlerts
            .Where(a => a.ShopId == shopId && a.Category == category && a.Month == month)
            .ToListAsync(ct);
        if (alerts.Count == 0)
        {
            return;
        }

        var limit = await db.Budgets
            .Where(b => b.ShopId == shopId && b.Category == category)
            .Select(b => (long?)b.AmountPaise)
            .FirstOrDefaultAsync(ct);

        // Summed without this expense by id, whether or not its deletion is saved yet.
        var (from, to, id) = (month, month.AddMonths(1).AddDays(-1), expense.Id);
        var spent = await db.Entries
            .Where(e => e.ShopId == shopId && e.Kind == EntryKind.Expense && e.Category == category
                && e.Date >= from && e.Date <= to && e.DeletedAt == null && e.Id != id)
            .SumAsync(e => e.AmountPaise, ct);
        foreach (var alert in alerts.Where(a => limit is not > 0 || spent * 100 < limit.Value * a.Threshold))
        {
            db.BudgetAlerts.Remove(alert);
        }
    }

    /// <summary>When a category's budget changes, its alerts for this month were about the old amount:
    /// forget them so the new amount alerts when reached.</summary>
    public static async Task ClearMonthAsync(IKhataDb db, long shopId, string category, DateOnly today, CancellationToken ct)
    {
        var month = FirstOfMonth(today);
        var alerts = await db.BudgetAlerts
            .Where(a => a.ShopId == shopId && a.Category == category && a.Month == month)
            .ToListAsync(ct);
        db.BudgetAlerts.RemoveRange(alerts);
    }

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    internal static string Capitalised(string category) =>
        category.Length == 0 ? category : char.ToUpperInvariant(category[0]) + category[1..];
}
