using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Telegram.Sending;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KhataBot.Integration.Tests.Outbox;

public sealed class PruningTests
{
    [Fact]
    public async Task Sent_replies_go_after_a_week_and_failed_ones_stay()
    {
        await using var book = await TestBook.CreateAsync();
        await book.Engine.HandleAsync(new IncomingMessage(7, "Asha", "add Ramesh 500 rice") { SenderId = 7, Delivery = new Delivery("tg:1", 1) }, default);
        await book.Engine.HandleAsync(new IncomingMessage(7, "Asha", "export csv") { SenderId = 7, Delivery = new Delivery("tg:2", 2) }, default);
        await book.Engine.HandleAsync(new IncomingMessage(7, "Asha", "balances") { SenderId = 7, Delivery = new Delivery("tg:3", 3) }, default);
        var sentAt = book.Clock.GetUtcNow();
        await book.Engine.WriteAsync(async db =>
        {
            await db.OutboxMessages.Where(m => m.Id <= 2).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, sentAt));
            await db.OutboxMessages.Where(m => m.Id == 3).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Failed));
        }, default);
        var pruner = new OutboxPruner(book.Engine, book.Clock, NullLogger<OutboxPruner>.Instance);

        book.Clock.Advance(TimeSpan.FromDays(6));
        await pruner.PruneAsync(default);
        Assert.Equal(3, await book.QueryAsync(db => db.OutboxMessages.CountAsync()));

        book.Clock.Advance(TimeSpan.FromDays(2));
        await pruner.PruneAsync(default);
        var left = await book.QueryAsync(db => db.OutboxMessages.ToListAsync());
        Assert.Equal(OutboxStatus.Failed, Assert.Single(left).Status);
        Assert.Equal(0, await book.QueryAsync(db => db.Set<OutboxFile>().CountAsync()));
        Assert.Equal(3, await book.QueryAsync(db => db.ProcessedDeliveries.CountAsync()));

        book.Clock.Advance(TimeSpan.FromDays(30));
        await pruner.PruneAsync(default);
        Assert.Equal(0, await book.QueryAsync(db => db.ProcessedDeliveries.CountAsync()));
        Assert.Equal(1, await book.QueryAsync(db => db.Entries.CountAsync()));
    }
}
