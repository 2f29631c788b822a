using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Budgets;

/// <summary>Takes back a "category.add" by marking the category removed (the row stays for the audit trail).</summary>
public sealed class CategoryAddUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [AddCategoryHandler.Action];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var after = AuditTrail.Read<CategorySnapshot>(record.After);
        var shopId = context.Shop.Id;
        if (record.ShopId != shopId || after is null)
        {
            return null;
        }

        var category = await db.ShopCategories.FirstOrDefaultAsync(c => c.ShopId == shopId && c.Name == after.Name, cancellationToken);
        if (category is not { RemovedAt: null })
        {
            return null;
        }

        // Before the category was added nothing could use it. If a budget or a live expense uses it now,
        // removing it would leave them pointing at a category the shop no longer has: refuse instead.
        var inUse = await db.Budgets.AnyAsync(b => b.ShopId == shopId && b.Category == category.Name, cancellationToken)
            || await db.Entries.AnyAsync(e => e.ShopId == shopId && e.Kind == EntryKind.Expense && e.Category == category.Name
                && e.DeletedAt == null, cancellationToken);
        if (inUse)
        {
            return null;
        }

        category.RemovedAt = context.Now;
        return $"Undone: category \"{category.Name}\" is removed.";
    }
}
