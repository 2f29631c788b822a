using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Money;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Budgets;

/// <summary>Puts a budget back to what it was before a "budget.set" (or removes one that did not exist).</summary>
public sealed class BudgetSetUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [SetBudgetHandler.Action];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var before = AuditTrail.Read<BudgetSnapshot>(record.Before);
        var after = AuditTrail.Read<BudgetSnapshot>(record.After);
        var category = (after ?? before)?.Category;
        if (record.ShopId != context.Shop.Id || category is null)
        {
            return null;
        }

        var budget = await db.Budgets.FirstOrDefaultAsync(b => b.ShopId == context.Shop.Id && b.Category == category, cancellationToken);

        // Only undo if the budget is still what this change left; otherwise we would silently
        // overwrite a later change the owner made.
        if (budget?.AmountPaise != after?.AmountPaise)
        {
            return null;
        }

        // Putting the amount back changes it too, so this month's alerts re-arm as for "budget food 8000".
        await BudgetAlerts.ClearMonthAsync(db, context.Shop.Id, category, context.Today, cancellationToken);
        if (before is null)
        {
            db.Budgets.Remove(budget!);
            return $"Undone: budget {category} {IndianMoney.FormatPaise(after!.AmountPaise)}. There is no {category} budget now.";
        }

        if (budget is null)
        {
            db.Budgets.Add(new Budget { ShopId = context.Shop.Id, Category = category, AmountPaise = before.AmountPaise });
        }
        else
        {
            budget.AmountPaise = before.AmountPaise;
        }

        var what = after is null ? "removal" : IndianMoney.FormatPaise(after.AmountPaise);
        return $"Undone: budget {category} {what}. The {category} budget is {IndianMoney.FormatPaise(before.AmountPaise)} a month again.";
    }
}
