using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Shops;

/// <summary>
/// A Telegram group upgraded to a supergroup gets a new chat id (Telegram says so with migrate_to_chat_id in
/// the old chat and migrate_from_chat_id in the new). The shop's book follows it: the shop, its replies still
/// waiting in the outbox and a question waiting for an answer move to the new id, so the group keeps its khata.
/// Nothing of the book itself changes, so there is nothing to undo.
/// </summary>
public static class ChatMigration
{
    /// <summary>Runs inside the book's one writer. False when there is nothing to move: no shop on the old id
    /// (moved already, by the other of Telegram's two notices), or the new id has a book of its own.</summary>
    public static async Task<bool> MoveAsync(IKhataDb db, long from, long to, CancellationToken cancellationToken)
    {
        var shop = await db.Shops.FirstOrDefaultAsync(s => s.ChatId == from, cancellationToken);
        if (shop is null || from == to || await db.Shops.AnyAsync(s => s.ChatId == to, cancellationToken))
        {
            return false;
        }

        shop.ChatId = to;
        await db.OutboxMessages.Where(m => m.ChatId == from && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ChatId, to), cancellationToken);
        await db.PendingQuestions.Where(q => q.ChatId == from)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.ChatId, to), cancellationToken);
        return true;
    }
}
