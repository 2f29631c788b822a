using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Budgets;

/// <summary>Runs one undoer on the latest record of an action, as "undo" will, and saves like the engine.</summary>
public static class Undo
{
    public static Task<string?> LatestAsync(TestBook book, string action, Func<IKhataDb, IUndoer> undoer) => book.QueryAsync(async db =>
    {
        var shop = await db.Shops.SingleAsync(s => s.ChatId == TestBook.ChatId);
        var record = await db.AuditRecords.Where(a => a.ShopId == shop.Id && a.Action == action).OrderByDescending(a => a.Id).FirstAsync();
        var context = new CommandContext(shop, "Owner", DateOnly.FromDateTime(book.Clock.Now.DateTime), book.Clock.Now);
        var reply = await undoer(db).UndoAsync(record, context, CancellationToken.None);
        await db.SaveChangesAsync();
        return reply;
    });
}
