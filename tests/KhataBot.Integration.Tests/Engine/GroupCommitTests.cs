using KhataBot.Core;
using KhataBot.Core.Ledger;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Engine;

/// <summary>Messages that arrive together share a commit, and each still lands (or not) on its own.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Messages_from_many_chats_at_once_all_land_with_the_right_replies()
    {
        await using var book = await TestBook.CreateAsync();

        var sends = Enumerable.Range(1, 40)
            .Select(chat => book.SendAsync($"add Ramesh {chat * 10} atta", chatId: chat))
            .ToList();
        var replies = await Task.WhenAll(sends);

        for (var chat = 1; chat <= 40; chat++)
        {
            Assert.Contains($"#1 Ramesh +₹{chat * 10} atta. Ramesh owes ₹{chat * 10}.", replies[chat - 1]);
        }

        Assert.Equal(40, await book.QueryAsync(db => db.Entries.CountAsync()));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task One_chat_in_order_keeps_its_order_under_load()
    {
        await using var book = await TestBook.CreateAsync();

        var others = Enumerable.Range(100, 30).Select(chat => book.SendAsync("spent 50 tea", chatId: chat)).ToList();
        foreach (var amount in new[] { 500, 200, 300 })
        {
            await book.SendAsync($"add Ramesh {amount}");
        }

        var paid = await book.SendAsync("paid Ramesh 1000");
        await Task.WhenAll(others);

        Assert.Contains("Ramesh paid ₹1,000. Ramesh is all clear.", paid);
    }

    [Fact]
    public async Task A_message_that_fails_leaves_the_others_in_its_commit_untouched()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 100");
        await book.TakeNextEntryNumberBehindTheEnginesBackAsync();

        var before = Enumerable.Range(1, 10).Select(chat => book.SendAsync("add Suresh 70", chatId: 500 + chat)).ToList();
        var failing = book.SendAsync("add Ramesh 500");
        var after = Enumerable.Range(11, 10).Select(chat => book.SendAsync("add Suresh 70", chatId: 500 + chat)).ToList();

        Assert.Equal(KhataEngine.SomethingWentWrong, await failing);
        foreach (var reply in await Task.WhenAll(before.Concat(after)))
        {
            Assert.Contains("Suresh owes ₹70.", reply);
        }

        Assert.Equal(10_000, (await book.CustomerAsync("Ramesh")).BalancePaise);
        Assert.Equal(20, await book.QueryAsync(db => db.Customers.CountAsync(c => c.Name == "Suresh")));
        Assert.Contains(book.Logs.Lines, line => line.Message.StartsWith("Committed ") && !line.Message.StartsWith("Committed 1 "));
    }
}
