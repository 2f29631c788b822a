using KhataBot.Core.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Shops;

/// <summary>
/// Which book a message acts on, and as whom. Every chat has one book, made the first time the chat
/// writes; its first writer owns it. Staff write to their shop's book from their own private chat; in a
/// group everyone but the owner works as staff.
/// </summary>
public static class ShopDirectory
{
    public static async Task<(Shop Shop, Role Role)> ResolveAsync(IKhataDb db, IncomingMessage message, DateTimeOffset now, CancellationToken ct)
    {
        if (message is { SenderId: { } staffUser, IsGroupChat: false })
        {
            var staffShop = await db.StaffMembers
                .Where(s => s.UserId == staffUser && s.RemovedAt == null)
                .OrderByDescending(s => s.Id)
                .Join(db.Shops, s => s.ShopId, shop => shop.Id, (_, shop) => shop)
                .FirstOrDefaultAsync(ct);
            if (staffShop is not null)
            {
                return (staffShop, Role.Staff);
            }
        }

        var shop = await GetOrCreateAsync(db, message.ChatId, now, ct);
        if (message.SenderId is not { } sender)
        {
            return (shop, Role.Owner);
        }

        if (shop.OwnerUserId is null)
        {
            // The first person to write owns the book (in a group: whoever started it there).
            shop.OwnerUserId = sender;
            await db.SaveChangesAsync(ct);
        }

        return (shop, shop.OwnerUserId == sender ? Role.Owner : Role.Staff);
    }

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
