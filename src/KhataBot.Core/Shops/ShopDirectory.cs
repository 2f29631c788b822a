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
    public static async Task<(Shop Shop, Role Role)> ResolveAsync(IKhataDb db, IncomingMessage message, DateTimeOffset now, CancellationToken ct) =>
        await ResolveAsync(db, message, await FindAsync(db, message, ct), now, ct);

    /// <summary>The book a message acts on if there is one yet: the shop its sender works in as staff
    /// (<c>AsStaff</c>), or the chat's own. Makes nothing.</summary>
    public static async Task<(Shop? Shop, bool AsStaff)> FindAsync(IKhataDb db, IncomingMessage message, CancellationToken ct)
    {
        if (message is { SenderId: { } user, IsGroupChat: false })
        {
            // One query for both candidates: the shop the user works in as staff (which wins) and the chat's own.
            var chatId = message.ChatId;
            var found = await HotQueries.ShopsOfChatOrStaffAsync(db, chatId, user, ct);
            return found.FirstOrDefault(s => s.ChatId != chatId) is { } staffShop ? (staffShop, true) : (found.FirstOrDefault(), false);
        }

        return (await HotQueries.ShopOfChatAsync(db, message.ChatId, ct), false);
    }

    /// <summary>The book <see cref="FindAsync"/> found, or a new one for the chat, and the sender's role in it.</summary>
    public static async Task<(Shop Shop, Role Role)> ResolveAsync(IKhataDb db, IncomingMessage message, (Shop? Shop, bool AsStaff) found, DateTimeOffset now, CancellationToken ct)
    {
        if (found is { Shop: { } staffShop, AsStaff: true })
        {
            return (staffShop, Role.Staff);
        }

        var shop = found.Shop ?? await CreateAsync(db, message.ChatId, now, ct);
        if (message.SenderId is not { } sender)
        {
            return (shop, Role.Owner);
        }

        if (shop.OwnerUserId is null)
        {
            // The first person to write owns the book (in a group: whoever started it there). Saved with
            // the message's change; a message the bot cannot use leaves no owner, as it leaves no shop.
            shop.OwnerUserId = sender;
        }

        return (shop, shop.OwnerUserId == sender ? Role.Owner : Role.Staff);
    }

    public static async Task<Shop> GetOrCreateAsync(IKhataDb db, long chatId, DateTimeOffset now, CancellationToken ct) =>
        await HotQueries.ShopOfChatAsync(db, chatId, ct) ?? await CreateAsync(db, chatId, now, ct);

    private static async Task<Shop> CreateAsync(IKhataDb db, long chatId, DateTimeOffset now, CancellationToken ct)
    {
        var shop = new Shop { ChatId = chatId, CreatedAt = now };
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
