using KhataBot.Core.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Shops;

/// <summary>Every chat has exactly one book, made the first time the chat writes.</summary>
public static class ShopDirectory
{
    public static async Task<Shop> GetOrCreateAsync(IKhataDb db, long chatId, DateTimeOffset now, CancellationToken ct)
    {
        var shop = await db.Shops.FirstOrDefaultAsync(s => s.ChatId == chatId, ct);
        if (shop is not null)
        {
            return shop;
        }

        shop = new Shop { ChatId = chatId, CreatedAt = now };
        db.Shops.Add(shop);
        await db.SaveChangesAsync(ct);
        return shop;
    }

    /// <summary>The expense categories the shop added for itself ("category add packaging").</summary>
    public static async Task<IReadOnlySet<string>> CategoriesAsync(IKhataDb db, Shop shop, CancellationToken ct)
    {
        var names = await db.ShopCategories
            .Where(c => c.ShopId == shop.Id && c.RemovedAt == null)
            .Select(c => c.Name)
            .ToListAsync(ct);
        return names.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
