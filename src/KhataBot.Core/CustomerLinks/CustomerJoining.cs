using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.CustomerLinks;

/// <summary>
/// A customer opening his link ("/start c_…"). Like a staff invite it runs before the chat's own book is
/// looked up, and a refused link makes no book for the chat. The link is used up by the first chat that
/// opens it; the shop is told, so a link forwarded to the wrong person is noticed (and undone).
/// </summary>
internal static class CustomerJoining
{
    public const string Unusable = "This link has expired or was already used. Ask the shop to send you a new one.";

    public static async Task<(Reply Reply, bool Keep)> JoinAsync(IKhataDb db, IncomingMessage message, string token, DateTimeOffset now, CancellationToken ct)
    {
        if (message.SenderId is not { } userId || message.IsGroupChat)
        {
            return ("Open this link in your own private chat with the bot.", false);
        }

        var link = LinkTokens.LooksValid(token) ? await db.CustomerLinks.FirstOrDefaultAsync(l => l.Token == token, ct) : null;
        if (link is { RevokedAt: null } && link.ChatId == message.ChatId)
        {
            // The customer tapped his link again: it is his, so he is simply shown his khata.
            return (await CustomerChat.AnswerAsync(db, message with { Text = "/start" }, now, ct), false);
        }

        if (link is null || link.RevokedAt is not null || link.ChatId is not null || link.ExpiresAt <= now)
        {
            return (Unusable, false);
        }

        var shop = await db.Shops.FirstAsync(s => s.Id == link.ShopId, ct);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == link.CustomerId && c.ShopId == link.ShopId && c.RemovedAt == null, ct);
        if (customer is null)
        {
            return (Unusable, false);
        }

        if (shop.ChatId == message.ChatId || shop.OwnerUserId == userId
            || await db.StaffMembers.AnyAsync(m => m.ShopId == shop.Id && m.UserId == userId && m.RemovedAt == null, ct))
        {
            // The shop's own people (its owner, or staff from their own chats): the customer's reminders would
            // come to them, and the link would be used up.
            return ($"This link is for your customer {customer.Name}: forward it to him rather than opening it here.", false);
        }

        link.ChatId = message.ChatId;
        link.UserId = userId;
        link.LinkedAt = now;
        if (message.Delivery is not null)
        {
            OutboxWriter.Add(db, shop.ChatId, new Reply($"{customer.Name} opened his link ({message.SenderName} on Telegram). He can see his balance and gets reminders of his dues."), shop.Id, now);
        }

        if ((await ShopDirectory.FindAsync(db, message, ct)).Shop is not null)
        {
            // A shopkeeper who buys on credit elsewhere: his chat keeps his own book, so only the reminders come here.
            return ($"Linked to your khata with {shop.Name}: its reminders will come to this chat. This chat keeps your own book, so balance here shows your own customers.", true);
        }

        var view = await CustomerView.BalanceAsync(db, shop, customer, now, ct);
        return ($"""
            🙏 Namaste {message.SenderName}! This chat now shows your khata with {shop.Name}.
            {view}
            Send balance or history any time. {shop.Name} will remind you here when a payment is due.
            """, true);
    }
}
