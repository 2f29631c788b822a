using System.Globalization;
using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Budgets;

/// <summary>"budgets": this month's spending against each budget, then the categories that have none.</summary>
public sealed class ShowBudgetsHandler(IKhataDb db) : ICommandHandler<ShowBudgets>
{
    public async Task<Reply> HandleAsync(ShowBudgets command, CommandContext context, CancellationToken cancellationToken)
    {
        var shopId = context.Shop.Id;
        var categories = await CategoryBook.AllAsync(db, shopId, cancellationToken);
        var budgets = await db.Budgets.AsNoTracking()
            .Where(b => b.ShopId == shopId)
            .OrderBy(b => b.Category)
            .ToListAsync(cancellationToken);
        if (budgets.Count == 0)
        {
            return "No budgets yet. Set a monthly limit for a category, for example: budget food 5000\n"
                + $"Categories: {string.Join(", ", categories)}";
        }

        var month = DateRange.Month(context.Today.Year, context.Today.Month);
        var spent = await Spending.ByCategoryAsync(db, shopId, month, cancellationToken);
        var monthName = month.From.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var text = new StringBuilder($"Budgets for {monthName} (day {context.Today.Day} of {month.To.Day}):");
        foreach (var budget in budgets)
        {
            var use = new BudgetUse(budget.Category, spent.GetValueOrDefault(budget.Category), budget.AmountPaise);
            text.Append("\n• ").Append(use.Describe());
        }

        // Unbudgeted categories are listed on one line; the spending shows where a budget might help.
        var budgeted = budgets.Select(b => b.Category).ToHashSet();
        var rest = categories.Where(c => !budgeted.Contains(c))
            .Select(c => spent.TryGetValue(c, out var paise) && paise > 0 ? $"{c} ({IndianMoney.FormatPaise(paise)} spent)" : c)
            .ToList();
        if (rest.Count > 0)
        {
            text.Append("\nNo budget: ").Append(string.Join(", ", rest));
        }

        return text.ToString();
    }
}
