using KhataBot.Core.Ledger;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Batches;

/// <summary>Several entries in one message: all or none, one reply, one undo.</summary>
public sealed class BatchTests
{
    [Fact]
    public async Task All_entries_are_booked_and_one_reply_lists_them()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.SendAsync("add Ramesh 500 atta, add Suresh 300\nspent 50 chai");

        Assert.Contains("#1 Ramesh +₹500 atta", reply);
        Assert.Contains("#2 Suresh +₹300", reply);
        Assert.Contains("₹50", reply);
        Assert.Contains("All 3 done", reply);
        Assert.Equal(3, await book.QueryAsync(db => db.Entries.CountAsync()));
    }

    [Fact]
    public async Task A_later_entry_sees_the_customer_an_earlier_one_made()
    {
        await using var book = await TestBook.CreateAsync();

        await book.SendAsync("add Ramesh 500 atta; paid Ramesh 200");

        Assert.Contains("₹300", await book.SendAsync("balance Ramesh"));
    }

    [Fact]
    public async Task One_entry_that_fails_books_none_and_the_reply_says_which()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.SendAsync("add Ramesh 500 atta, paid Suersh 200");

        Assert.Contains("Nothing was booked: entry 2 of 2 ('paid Suersh 200')", reply);
        Assert.Contains("No customer 'Suersh'", reply);
        Assert.Equal(0, await book.QueryAsync(db => db.Entries.CountAsync()));
        Assert.Equal(0, await book.QueryAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task A_close_name_in_a_message_of_several_books_nothing_and_creates_nobody()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 500 atta");

        var reply = await book.SendAsync("add Ramseh 100; paid Ramesh 50");

        Assert.Contains("Nothing was booked: entry 1 of 2 ('add Ramseh 100')", reply);
        Assert.Contains("New customer Ramseh, or Ramesh?", reply);
        Assert.Equal(1, await book.QueryAsync(db => db.Entries.CountAsync()));
        Assert.Equal(["Ramesh"], await book.QueryAsync(db => db.Customers.Select(c => c.Name).ToListAsync()));
    }

    [Fact]
    public async Task Undo_takes_back_the_whole_message_and_then_goes_further_back()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Mohan 100");
        await book.SendAsync("add Ramesh 500 atta\npaid Mohan 50\nsale 4500");

        var undone = await book.SendAsync("undo");

        Assert.Contains("Ramesh", undone);
        Assert.Equal(1, await book.QueryAsync(db => db.Entries.CountAsync(e => e.DeletedAt == null)));
        await book.SendAsync("undo");
        Assert.Equal(0, await book.QueryAsync(db => db.Entries.CountAsync(e => e.DeletedAt == null)));
    }

    [Fact]
    public async Task An_unclear_entry_in_a_message_is_asked_about_and_the_answer_books_the_whole_message()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Suresh 1000");

        var asked = await book.SendAsync("add Ramesh 500 atta\nSuresh 200 diye");
        Assert.Contains("In entry 2 of 2", asked);
        Assert.Equal(1, await book.QueryAsync(db => db.Entries.CountAsync()));

        await book.SendAsync("2");

        var kinds = await book.QueryAsync(db => db.Entries.OrderBy(e => e.Number).Select(e => e.Kind).ToListAsync());
        Assert.Equal([EntryKind.Credit, EntryKind.Credit, EntryKind.Payment], kinds);
    }
}
