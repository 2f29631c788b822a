using KhataBot.Core.Abstractions;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Integration.Tests.CustomerLinks.CustomerLinkKit;

namespace KhataBot.Integration.Tests.CustomerLinks;

/// <summary>A customer opens the link his shop sent and sees his own khata with that shop, and nothing else.</summary>
public sealed class CustomerLinkTests
{
    /// <summary>Two shops that both have a customer called Ramesh (different people's books) and a Suresh.</summary>
    private static async Task<TestBook> TwoShopsAsync()
    {
        var book = await TestBook.CreateAsync();
        await book.SayAsync(Asha, "shop name Sharma Kirana");
        await book.SayAsync(Asha, "add Ramesh 500 rice due 30 nov");
        await book.SayAsync(Asha, "add Suresh 900 oil");
        await book.SayAsync(Vikram, "shop name Gupta Stores");
        await book.SayAsync(Vikram, "add Ramesh 7000 cement");
        return book;
    }

    [Fact]
    public async Task A_long_khata_shows_the_customer_its_latest_entries_and_the_balance_before_them()
    {
        await using var book = await TwoShopsAsync();
        for (var i = 1; i <= 16; i++)
        {
            await book.SayAsync(Asha, $"add Ramesh {i * 10} rice");
        }

        await book.SayAsync(Ramesh, "/start " + await book.LinkAsync(Asha, "Ramesh"), "Ramesh K");
        var history = (await book.SayAsync(Ramesh, "history")).Split('\n');

        // 17 entries: #1 (₹500) and #3 (₹10) are before the 15 shown.
        Assert.Equal("Your khata with Sharma Kirana:", history[0]);
        Assert.Equal("(last 15 of 17 entries; before them: ₹510)", history[1]);
        Assert.EndsWith("#18 +₹160 rice → ₹1,860", history[^2]);
        Assert.Equal("you owe ₹1,860.", history[^1]);
    }

    [Fact]
    public async Task The_customer_who_opens_the_link_sees_his_balance_with_that_shop_only()
    {
        await using var book = await TwoShopsAsync();
        var payload = await book.LinkAsync(Asha, "Ramesh");

        var welcome = await book.SayAsync(Ramesh, "/start " + payload, "Ramesh K");

        Assert.Equal("""
            🙏 Namaste Ramesh K! This chat now shows your khata with Sharma Kirana.
            Sharma Kirana: you owe ₹500.
            • ₹500 due 30 Nov
            Send balance or history any time. Sharma Kirana will remind you here when a payment is due.
            """, welcome);
        var balance = await book.SayAsync(Ramesh, "balance");
        Assert.Contains("Sharma Kirana: you owe ₹500.", balance);
        Assert.DoesNotContain("7,000", balance);
        Assert.DoesNotContain("Gupta", balance);
        Assert.DoesNotContain("900", await book.SayAsync(Ramesh, "balance Suresh"));
        Assert.Contains("#1 +₹500 rice (due 30 Nov) → ₹500", await book.SayAsync(Ramesh, "history"));
        Assert.Equal(0, await book.QueryAsync(db => db.Shops.CountAsync(s => s.ChatId == Ramesh)));
    }

    [Fact]
    public async Task The_shop_is_told_when_the_link_is_opened()
    {
        await using var book = await TwoShopsAsync();
        var payload = await book.LinkAsync(Asha, "Ramesh");
        await book.Engine.HandleAsync(new IncomingMessage(Ramesh, "Ramesh K", "/start " + payload) { SenderId = Ramesh, Delivery = new("tg:1", 1) }, default);

        var told = await book.QueryAsync(db => db.OutboxMessages.Where(m => m.Text.StartsWith("Ramesh opened")).ToListAsync());

        Assert.Equal(Asha, Assert.Single(told).ChatId);
    }

    [Fact]
    public async Task A_customers_chat_changes_no_book()
    {
        await using var book = await TwoShopsAsync();
        await book.SayAsync(Ramesh, "/start " + await book.LinkAsync(Asha, "Ramesh"));
        var before = await book.QueryAsync(db => db.Entries.CountAsync());

        foreach (var attempt in new[] { "add Suresh 500", "paid Ramesh 500", "paid #1", "delete #1", "undo", "export", "link Suresh", "upi me@okbank", "shop name Mine" })
        {
            Assert.Equal("This chat shows your khata with Sharma Kirana. You can send: balance or history. Only the shop can change the khata.",
                await book.SayAsync(Ramesh, attempt));
        }

        Assert.Equal(before, await book.QueryAsync(db => db.Entries.CountAsync()));
        Assert.Equal(500_00, await book.QueryAsync(db => db.Customers.Where(c => c.ShopId == 1 && c.Name == "Ramesh").Select(c => c.BalancePaise).SingleAsync()));
        Assert.Null(await book.QueryAsync(db => db.Shops.Where(s => s.ChatId == Asha).Select(s => s.UpiId).SingleAsync()));
    }

    [Fact]
    public async Task A_button_of_a_shop_pressed_in_a_customers_chat_changes_nothing()
    {
        await using var book = await TwoShopsAsync();
        await book.SayAsync(Ramesh, "/start " + await book.LinkAsync(Asha, "Ramesh"));
        var shopId = await book.QueryAsync(db => db.Shops.Where(s => s.ChatId == Asha).Select(s => s.Id).SingleAsync());

        var reply = await book.Engine.HandleAsync(new IncomingMessage(Ramesh, "Ramesh", "paid #1") { SenderId = Ramesh, ButtonOfShopId = shopId }, default);

        Assert.StartsWith("This chat shows your khata", reply.Text);
        Assert.Equal(0, await book.QueryAsync(db => db.Entries.CountAsync(e => e.Kind == Core.Ledger.EntryKind.Payment)));
    }

    [Fact]
    public async Task The_owner_of_a_group_book_opening_its_link_in_his_own_chat_is_refused_and_the_link_stays_unused()
    {
        await using var book = await TestBook.CreateAsync();
        const long group = -100777;
        await book.Engine.HandleAsync(new IncomingMessage(group, "Asha", "add Ramesh 500 rice") { SenderId = Asha, IsGroupChat = true }, default);
        var link = await book.Engine.HandleAsync(new IncomingMessage(group, "Asha", "link Ramesh") { SenderId = Asha, IsGroupChat = true }, default);
        var payload = System.Text.RegularExpressions.Regex.Match(link.Text, "c_[A-Za-z0-9_-]{22}").Value;

        var byOwner = await book.SayAsync(Asha, "/start " + payload, "Asha");
        var byRamesh = await book.SayAsync(Ramesh, "/start " + payload, "Ramesh");

        Assert.Contains("This link is for your customer Ramesh", byOwner);
        Assert.Contains("you owe ₹500", byRamesh);
        Assert.Equal(Ramesh, await book.QueryAsync(db => db.CustomerLinks.Select(l => l.ChatId).SingleAsync()));
    }

    [Fact]
    public async Task A_customer_linked_at_two_shops_sees_each_khata_apart()
    {
        await using var book = await TwoShopsAsync();
        await book.SayAsync(Ramesh, "/start " + await book.LinkAsync(Asha, "Ramesh"));
        await book.SayAsync(Ramesh, "/start " + await book.LinkAsync(Vikram, "Ramesh"));

        var balance = await book.SayAsync(Ramesh, "balance");

        Assert.Contains("Gupta Stores: you owe ₹7,000.", balance);
        Assert.Contains("Sharma Kirana: you owe ₹500.", balance);
        var history = await book.SayAsync(Ramesh, "history");
        Assert.Contains("Your khata with Gupta Stores:\n21 Nov #1 +₹7,000 cement → ₹7,000", history);
        Assert.Contains("Your khata with Sharma Kirana:\n21 Nov #1 +₹500 rice (due 30 Nov) → ₹500", history);
    }

    [Fact]
    public async Task The_customer_tapping_his_own_link_again_just_sees_his_khata()
    {
        await using var book = await TwoShopsAsync();
        var payload = await book.LinkAsync(Asha, "Ramesh");
        await book.SayAsync(Ramesh, "/start " + payload);

        Assert.StartsWith("🙏 Namaste! This chat shows your khata with Sharma Kirana.\nSharma Kirana: you owe ₹500.", await book.SayAsync(Ramesh, "/start " + payload));
    }

    [Fact]
    public async Task A_shopkeeper_who_opens_a_link_keeps_his_own_book_and_gets_the_reminders()
    {
        await using var book = await TwoShopsAsync();

        var reply = await book.SayAsync(Vikram, "/start " + await book.LinkAsync(Asha, "Ramesh"));

        Assert.Equal("Linked to your khata with Sharma Kirana: its reminders will come to this chat. This chat keeps your own book, so balance here shows your own customers.", reply);
        Assert.Contains("₹7,000", await book.SayAsync(Vikram, "balances"));
        Assert.Equal(1, await book.QueryAsync(db => db.CustomerLinks.CountAsync(l => l.ChatId == Vikram)));
    }

    [Fact]
    public async Task A_link_works_once_and_only_within_a_week()
    {
        await using var book = await TwoShopsAsync();
        var used = await book.LinkAsync(Asha, "Ramesh");
        var old = await book.LinkAsync(Asha, "Suresh");
        await book.SayAsync(Ramesh, "/start " + used);

        Assert.Equal("This link has expired or was already used. Ask the shop to send you a new one.", await book.SayAsync(Stranger, "/start " + used));
        book.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal("This link has expired or was already used. Ask the shop to send you a new one.", await book.SayAsync(Stranger, "/start " + old));
        Assert.Equal("This link has expired or was already used. Ask the shop to send you a new one.", await book.SayAsync(Stranger, "/start c_AAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Equal(0, await book.QueryAsync(db => db.CustomerLinks.CountAsync(l => l.ChatId == Stranger)));
        Assert.Equal(0, await book.QueryAsync(db => db.Shops.CountAsync(s => s.ChatId == Stranger)));
    }

    [Fact]
    public async Task Undoing_the_link_takes_the_customers_view_away()
    {
        await using var book = await TwoShopsAsync();
        await book.SayAsync(Ramesh, "/start " + await book.LinkAsync(Asha, "Ramesh"));

        Assert.Equal("Undone: the customer link was taken back; that chat no longer sees the khata or gets reminders.", await book.SayAsync(Asha, "undo"));

        // With no link left the chat is nobody's customer: it is a new chat that may start its own book.
        Assert.DoesNotContain("Sharma Kirana", await book.SayAsync(Ramesh, "balance"));
    }

    [Fact]
    public async Task Only_the_owner_links_customers_and_sets_the_upi_id()
    {
        await using var book = await TwoShopsAsync();
        var invite = await book.SayAsync(Asha, "invite staff");
        await book.SayAsync(777, invite.Split('\n')[1].Trim(), "Helper");

        Assert.Equal("Only the shop owner can give customers a link to their khata. Nothing was changed.", await book.SayAsync(777, "link Ramesh"));
        Assert.Equal("Only the shop owner can change the shop's UPI ID. Nothing was changed.", await book.SayAsync(777, "upi x1@ybl"));
        Assert.Equal(0, await book.QueryAsync(db => db.CustomerLinks.CountAsync()));
    }

    [Fact]
    public async Task The_upi_id_is_set_shown_and_undone()
    {
        await using var book = await TwoShopsAsync();

        Assert.StartsWith("UPI ID set to sharma@okbank.", await book.SayAsync(Asha, "upi Sharma@OKBank"));
        Assert.StartsWith("Customers' reminders ask them to pay to sharma@okbank", await book.SayAsync(Asha, "upi"));
        Assert.Contains("Currency: ₹ (INR)\nUPI: sharma@okbank\n", await book.SayAsync(Asha, "shop"));
        Assert.Equal("Undone: no UPI ID again.", await book.SayAsync(Asha, "undo"));
        Assert.StartsWith("No UPI ID yet.", await book.SayAsync(Asha, "upi"));
        Assert.Null(await book.QueryAsync(db => db.Shops.Where(s => s.ChatId == Asha).Select(s => s.UpiId).SingleAsync()));
    }

    [Fact]
    public async Task Linking_someone_who_is_not_a_customer_offers_the_close_names()
    {
        await using var book = await TwoShopsAsync();

        var reply = await book.Engine.HandleAsync(new IncomingMessage(Asha, "Asha", "link Rmesh") { SenderId = Asha }, default);

        Assert.Equal("No customer 'Rmesh'. Did you mean Ramesh?", reply.Text);
        Assert.Equal("link Ramesh", Assert.Single(reply.Buttons).Action);
        Assert.Equal(0, await book.QueryAsync(db => db.CustomerLinks.CountAsync()));
    }

    [Fact]
    public async Task Opening_the_link_in_a_group_or_in_the_shops_own_chat_is_refused()
    {
        await using var book = await TwoShopsAsync();
        var payload = await book.LinkAsync(Asha, "Ramesh");

        Assert.StartsWith("This link is for your customer Ramesh", await book.SayAsync(Asha, "/start " + payload));
        var inGroup = await book.Engine.HandleAsync(new IncomingMessage(-100, "Ramesh", "/start " + payload) { SenderId = Ramesh, IsGroupChat = true }, default);
        Assert.Equal("Open this link in your own private chat with the bot.", inGroup.Text);
        Assert.StartsWith("🙏 Namaste", await book.SayAsync(Ramesh, "/start " + payload));
        Assert.Equal(1, await book.QueryAsync(db => db.CustomerLinks.CountAsync(l => l.ChatId == Ramesh)));
    }
}
