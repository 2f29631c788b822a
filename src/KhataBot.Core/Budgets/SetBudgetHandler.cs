using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Budgets;

/// <summary>
/// "budget food 5000": the owner sets (or changes) the monthly limit for one expense category.
/// An amount of 0 removes the budget, so a limit can be taken back without an undo.
/// Every change is audited with the previous value so <see cref="BudgetSetUndoer"/> can put it back.
/// </summary>
public sealed class SetBudgetHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<SetBudget>
{
    public const string Action = "budget.set";

    public async Task<Reply> HandleAsync(SetBudget command, CommandContext context, CancellationToken cancellationToken)
    {
        var shopId = context.Shop.Id;
        var category = CategoryName.Normalize(command.Category);
        var categories = await CategoryBook.AllAsync(db, shopId, cancellationToken);
        if (!categories.Contains(category))
        {
            return UnknownCategory(command.Category, categories);
        }

        var paise = command.Amount is >= 0 and <= Money.Money.MaxAmount ? Money.Money.ToPaise(command.Amount) : -1;
        if (paise < 0 || (paise == 0 && command.Amount > 0))
        {
            return $"A monthly budget must be between ₹1 and {IndianMoney.Format(Money.Money.MaxAmount)}. For example: budget {category} 5000";
        }

        var budget = await db.Budgets.FirstOrDefaultAsync(b => b.ShopId == shopId && b.Category == category, cancellationToken);
        var before = budget is null ? null : new BudgetSnapshot(category, budget.AmountPaise);
        if (paise == 0)
        {
            if (budget is not null)
            {
                await BudgetAlerts.ClearMonthAsync(db, shopId, category, context.Today, cancellationToken);
            }

            return Remove(budget, before, category, context);
        }

        if (budget?.AmountPaise == paise)
        {
            return $"The {category} budget is already {IndianMoney.FormatPaise(paise)} a month. Nothing changed.";
        }

        // A new amount re-arms this month's alerts: reaching 80% or 100% of it alerts again.
        await BudgetAlerts.ClearMonthAsync(db, shopId, category, context.Today, cancellationToken);

        if (budget is null)
        {
            db.Budgets.Add(new Budget { ShopId = shopId, Category = category, AmountPaise = paise });
        }
        else
        {
            budget.AmountPaise = paise;
        }

        var was = before is null ? "" : $" (was {IndianMoney.FormatPaise(before.AmountPaise)})";
        audit.Record(context, Action, $"budget {category} {IndianMoney.FormatPaise(paise)}{was}", before, new BudgetSnapshot(category, paise));

        // Saying what is already spent answers the owner's next question ("am I over?") in the same reply.
        var month = DateRange.Month(context.Today.Year, context.Today.Month);
        var spent = (await Spending.ByCategoryAsync(db, shopId, month, cancellationToken)).GetValueOrDefault(category);
        var use = new BudgetUse(category, spent, paise);
        return $"Budget set: {category} {IndianMoney.FormatPaise(paise)} a month{was}.\nThis month so far: {use.Describe()}";
    }

    private Reply Remove(Budget? budget, BudgetSnapshot? before, string category, CommandContext context)
    {
        if (budget is null || before is null)
        {
            return $"There is no budget for {category}, so there is nothing to remove. To set one: budget {category} 5000";
        }

        db.Budgets.Remove(budget);
        audit.Record(context, Action, $"budget {category} removed (was {IndianMoney.FormatPaise(before.AmountPaise)})", before, null);
        return $"Removed the {category} budget (it was {IndianMoney.FormatPaise(before.AmountPaise)} a month).";
    }

    internal static string UnknownCategory(string typed, IReadOnlyList<string> categories) =>
        $"There is no category \"{typed.Trim()}\". Categories: {string.Join(", ", categories)}.\n"
        + $"For example: budget {categories[0]} 5000\nTo add your own: category add packaging";
}
