using System.Globalization;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Budgets;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Expenses;

/// <summary>"Food this month: ₹4,200 of ₹5,000 (84%), close to the budget." for a category with a budget.
/// Spending and the percentage come from the budget feature's own <see cref="Spending"/> and
/// <see cref="BudgetUse"/>, so this line and "budgets" never disagree.</summary>
internal static class BudgetLine
{
    /// <summary>From this share of the budget on, the line warns.</summary>
    public const int WarnPercent = 80;

    /// <param name="expense">The expense just added; it is saved with the rest of the message, so the sum
    /// of the stored month does not hold it yet.</param>
    /// <returns>The budget line, followed by the alert line when this expense newly reaches 80% or 100%
    /// (see <see cref="BudgetAlerts"/>).</returns>
    public static async Task<string?> ForAsync(IKhataDb db, CommandContext context, Entry expense, CancellationToken ct)
    {
        var (category, date) = (expense.Category!, expense.Date);
        var shopId = context.Shop.Id;
        var limit = await db.Budgets
            .Where(b => b.ShopId == shopId && b.Category == category)
            .Select(b => (long?)b.AmountPaise)
            .FirstOrDefaultAsync(ct);
        if (limit is not > 0)
        {
            return null;
        }

        // The month of the expense itself (a back-dated expense counts in its own month), in the shop's calendar.
        var month = DateRange.Month(date.Year, date.Month);
        var spent = (await Spending.ByCategoryAsync(db, shopId, month, ct)).GetValueOrDefault(category) + expense.AmountPaise;
        var when = date.Year == context.Today.Year && date.Month == context.Today.Month
            ? "this month"
            : "in " + date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
        var use = new BudgetUse(category, spent, limit.Value);
        var line = Describe(use, when);
        var alert = await BudgetAlerts.CheckAsync(db, context, use, date, ct);
        return alert is null ? line : $"{line}\n{alert}";
    }

    public static string Describe(BudgetUse use, string when)
    {
        var line = $"{Capitalised(use.Category)} {when}: {IndianMoney.FormatPaise(use.SpentPaise)} of {IndianMoney.FormatPaise(use.LimitPaise)} ({use.Percent}%)";
        if (use.IsOver)
        {
            return $"{line}, over budget by {IndianMoney.FormatPaise(use.SpentPaise - use.LimitPaise)}.";
        }

        if (use.SpentPaise == use.LimitPaise)
        {
            return $"{line}, budget used up.";
        }

        // Compared in paise, not on the rounded percent, so 79.6% does not warn.
        return use.SpentPaise * 100 >= use.LimitPaise * WarnPercent ? $"{line}, close to the budget." : $"{line}.";
    }

    private static string Capitalised(string category) => BudgetAlerts.Capitalised(category);
}
