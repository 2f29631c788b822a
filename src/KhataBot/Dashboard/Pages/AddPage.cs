using KhataBot.Core.Shops;
using KhataBot.Dashboard.Auth;
using KhataBot.Dashboard.Html;
using KhataBot.Dashboard.Writing;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Pages;

/// <summary>/app/add: the forms for a credit, a payment and an expense. Marking a due paid is on the customer's page.</summary>
public static class AddPage
{
    public const int NamesOffered = 500;

    public static async Task<IResult> ShowAsync(HttpContext context, Viewer viewer, KhataDbContext db)
    {
        var categories = WriteForms.ExpenseCategories(await ShopDirectory.CategoriesAsync(db, viewer.Shop, context.RequestAborted));
        // The names most likely typed: those who owe most, then the rest by name, up to a few hundred.
        var names = await db.Customers.Where(c => c.ShopId == viewer.Shop.Id && c.RemovedAt == null)
            .OrderByDescending(c => c.BalancePaise).ThenBy(c => c.NameKey).Take(NamesOffered).Select(c => c.Name).ToListAsync(context.RequestAborted);
        return Layout.Page("Add", viewer, H($"""
            <p class="hint">Each is booked exactly as if you typed it in the chat, and the chat gets the same reply (type undo there to take it back).</p>
            {WriteForms.All(context, categories, names)}
            """), "/app/add");
    }
}
