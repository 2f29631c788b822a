using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Outbox;

/// <summary>A message a transport delivers twice changes the book once, and its reply waits in the outbox.</summary>
public sealed class DeliveryTests
{
    private static IncomingMessage Delivered(string key, string text, long chat = 42) =>
        new(chat, "Asha", text) { SenderId = chat, Delivery = new Delivery(key, 7) };

    [Fact]
    public async Task A_message_delivered_twice_changes_the_book_once_and_is_answered_once()
    {
        await using var book = await TestBook.CreateAsync();

        var first = await book.Engine.HandleAsync(Delivered("tg:1", "add Ramesh 500 rice"), default);
        var second = await book.Engine.HandleAsync(Delivered("tg:1", "add Ramesh 500 rice"), default);

        Assert.False(first.WasAlreadyHandled);
        Assert.True(second.WasAlreadyHandled);
        Assert.Equal(1, await book.QueryAsync(db => db.Entries.CountAsync()));
        var outbox = await book.QueryAsync(db => db.OutboxMessages.ToListAsync());
        var reply = Assert.Single(outbox);
        Assert.Equal(42, reply.ChatId);
        Assert.Contains("Ramesh", reply.Text);
    }

    [Fact]
    public async Task A_message_the_bot_cannot_use_is_still_answered_from_the_outbox_and_changes_nothing()
    {
        await using var book = await TestBook.CreateAsync();

        await book.Engine.HandleAsync(Delivered("tg:5", "blah blah"), default);

        var reply = Assert.Single(await book.QueryAsync(db => db.OutboxMessages.ToListAsync()));
        Assert.Contains("Try:", reply.Text);
        Assert.Equal(0, await book.QueryAsync(db => db.Shops.CountAsync()));
        Assert.True(await book.QueryAsync(db => db.ProcessedDeliveries.AnyAsync(d => d.Key == "tg:5")));
    }

    [Fact]
    public async Task A_new_entry_remembers_its_message_and_offers_undo_for_its_own_shop()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.Engine.HandleAsync(Delivered("tg:9", "add Ramesh 500 rice"), default);

        Assert.Equal(1, reply.EntryNumber);
        var delivery = await book.QueryAsync(db => db.ProcessedDeliveries.SingleAsync());
        Assert.Equal((7L, 1), (delivery.MessageId!.Value, delivery.EntryNumber!.Value));
        var shopId = await book.QueryAsync(db => db.Shops.Select(s => s.Id).SingleAsync());
        var button = Assert.Single(OutboxButton.Read((await book.QueryAsync(db => db.OutboxMessages.SingleAsync())).ButtonsJson));
        Assert.Equal($"{shopId}:delete #1", button.Data);
    }

    [Fact]
    public async Task A_button_made_for_another_shop_is_refused()
    {
        await using var book = await TestBook.CreateAsync();
        await book.Engine.HandleAsync(Delivered("tg:1", "add Ramesh 500 rice", chat: 1), default);
        await book.Engine.HandleAsync(Delivered("tg:2", "add Sita 700 oil", chat: 2), default);
        var shopOfChat1 = await book.QueryAsync(db => db.Shops.Where(s => s.ChatId == 1).Select(s => s.Id).SingleAsync());

        // Chat 2 replays chat 1's Undo button.
        var forged = Delivered("tg:3", "delete #1", chat: 2) with { ButtonOfShopId = shopOfChat1 };
        var reply = await book.Engine.HandleAsync(forged, default);

        Assert.Equal(KhataEngine.ForeignButton, reply.Text);
        Assert.Equal(0, await book.QueryAsync(db => db.Entries.CountAsync(e => e.DeletedAt != null)));
    }
}
