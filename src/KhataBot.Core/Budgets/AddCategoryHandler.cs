using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Budgets;

/// <summary>
/// "category add packaging": a shop adds its own expense category. A category removed earlier (by undo)
/// is brought back rather than added twice, because names are unique per shop in the table.
/// </summary>
public sealed class AddCategoryHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<AddCategory>
{
    public const string Action = "category.add";

    public async Task<Reply> HandleAsync(AddCategory command, CommandContext context, CancellationToken cancellationToken)
    {
        var name = CategoryName.Normalize(command.Name);
        if (!CategoryName.IsValid(name))
        {
            return $"A category name needs {CategoryName.MinLength} to {CategoryName.MaxLength} letters, digits or spaces, "
                + "with at least one letter. For example: category add packaging";
        }

        if (Categories.BuiltIn.Contains(name))
        {
            return $"\"{name}\" is already a built-in category; you can use it straight away.";
        }

        var shopId = context.Shop.Id;
        var existing = await db.ShopCategories.FirstOrDefaultAsync(c => c.ShopId == shopId && c.Name == name, cancellationToken);
        if (existing is { RemovedAt: null })
        {
            return $"You already have the category \"{name}\".";
        }

        CategorySnapshot? before = null;
        if (existing is null)
        {
            db.ShopCategories.Add(new ShopCategory { ShopId = shopId, Name = name });
        }
        else
        {
            before = new CategorySnapshot(name, existing.RemovedAt);
            existing.RemovedAt = null;
        }

        audit.Record(context, Action, $"category {name}", before, new CategorySnapshot(name, null));
        return $"Added the category \"{name}\". To give it a monthly limit: budget {name} 5000";
    }
}
