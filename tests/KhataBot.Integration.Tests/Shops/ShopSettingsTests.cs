using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Shops;

public sealed class ShopSettingsTests
{
    [Fact]
    public async Task A_new_shop_has_the_indian_defaults()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.SendAsync("shop");

        Assert.Contains("My shop", reply);
        Assert.Contains("Time zone: Asia/Kolkata", reply);
        Assert.Contains("Currency: ₹ (INR)", reply);
    }

    [Fact]
    public async Task Renaming_the_shop_can_be_undone()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Equal("Your shop is now called Sharma Stores.", await book.SendAsync("shop name Sharma Stores"));
        Assert.StartsWith("Sharma Stores\n", await book.SendAsync("shop"));
        Assert.Equal("Undone: the shop is called My shop again.", await book.SendAsync("undo"));
        Assert.Equal("My shop", await book.QueryAsync(db => db.Shops.Select(s => s.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_time_zone_decides_which_day_an_entry_belongs_to()
    {
        // 19:00 UTC on 21 Nov is already 22 Nov in India but still 21 Nov in Dubai.
        await using var book = await TestBook.CreateAsync(new DateTimeOffset(2026, 11, 21, 19, 0, 0, TimeSpan.Zero));

        await book.SendAsync("add Ramesh 100");
        Assert.StartsWith("Time zone set to Asia/Dubai.", await book.SendAsync("timezone Asia/Dubai"));
        await book.SendAsync("add Ramesh 200");

        var dates = await book.QueryAsync(db => db.Entries.OrderBy(e => e.Number).Select(e => e.Date).ToListAsync());
        Assert.Equal([new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 21)], dates);
    }

    [Fact]
    public async Task An_unknown_time_zone_changes_nothing()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.SendAsync("timezone Mars/Olympus");

        Assert.Contains("I don't know the time zone 'Mars/Olympus'", reply);
        Assert.Equal("Asia/Kolkata", await book.QueryAsync(db => db.Shops.Select(s => s.TimeZone).SingleAsync()));
        Assert.Empty(await book.QueryAsync(db => db.AuditRecords.ToListAsync()));
    }

    [Fact]
    public async Task One_chats_settings_never_touch_another_chats_shop()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("shop name Other Shop", chatId: 2);

        await book.SendAsync("shop name Sharma Stores", chatId: 1);

        Assert.StartsWith("Other Shop\n", await book.SendAsync("shop", chatId: 2));
        Assert.Contains("Nothing to undo", await book.SendAsync("undo", chatId: 3));
    }
}
