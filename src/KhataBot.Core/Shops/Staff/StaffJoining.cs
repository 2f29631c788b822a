using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Shops.Staff;

/// <summary>
/// Opening an invite link ("/start staff_…"). It runs before the sender's own book is looked up, because
/// it decides which book that is; a refused invite makes no book for the sender.
/// </summary>
internal static class StaffJoining
{
    public const string Unusable = "This invite link has expired or was already used. Ask the shop owner to send a new one (invite staff).";

    public static async Task<(Reply Reply, bool Keep)> JoinAsync(IKhataDb db, IncomingMessage message, string token, DateTimeOffset now, CancellationToken ct)
    {
        if (message.SenderId is not { } userId || message.IsGroupChat)
        {
            return ("Open the invite link in your own private chat with the bot.", false);
        }

        var invite = await db.StaffInvites.FirstOrDefaultAsync(i => i.Token == token, ct);
        if (invite is null || invite.UsedAt is not null || invite.ExpiresAt <= now)
        {
            return (Unusable, false);
        }

        var shop = await db.Shops.FirstAsync(s => s.Id == invite.ShopId, ct);
        if (shop.OwnerUserId == userId)
        {
            return ($"You own {shop.Name} already; this link is for your staff.", false);
        }

        var already = await db.StaffMembers.AnyAsync(s => s.ShopId == shop.Id && s.UserId == userId && s.RemovedAt == null, ct);
        invite.UsedAt = now;
        invite.UsedByUserId = userId;
        if (!already)
        {
            db.StaffMembers.Add(new StaffMember { ShopId = shop.Id, UserId = userId, Name = message.SenderName, JoinedAt = now });
        }

        if (message.Delivery is not null)
        {
            OutboxWriter.Add(db, shop.ChatId, new Reply($"{message.SenderName} joined {shop.Name} as staff. To remove them: remove staff {message.SenderName}"), shop.Id, now);
        }

        return ($"""
            Welcome! You now work in {shop.Name}'s khata as staff.
            You can add entries, payments and expenses and see balances and reports.
            Try: add Ramesh 500 groceries
            """, true);
    }
}
