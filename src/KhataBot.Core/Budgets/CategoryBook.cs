using KhataBot.Core.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Budgets;

/// <summary>The categories a shop can use: the built-in ones first, then its own in name order.</summary>
public static class CategoryBook
{
    public static async Task<IReadOnlyList<string>> AllAsync(IKhataDb db, long shopId, CancellationToken cancellationToken)
    {
        var own = await db.ShopCategories.AsNoTracking()
            .Where(c => c.ShopId == shopId && c.RemovedAt == null)
            .OrderBy(c => c.Name)
            .Select(c => c.Name)
            .ToListAsync(cancellationToken);
        return [.. Categories.BuiltIn, .. own.Where(name => !Categories.BuiltIn.Contains(name))];
    }
}
