using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Ledger;

/// <summary>The ledger through the real parser: typed messages in, replies out.</summary>
public sealed class ConversationTests
{
    [Fact]
    public async Task A_day_in_the_khata()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Equal("New customer Ramesh.\n#1 Ramesh +₹500 groceries. Ramesh owes ₹500.", await book.SendAsync("add Ramesh 500 groceries"));
        Assert.Equal("#2 Ramesh paid ₹200. Ramesh owes ₹300.", await book.SendAsync("paid ramesh 200"));
        Assert.Equal("No customer 'Rmesh'. Did you mean Ramesh?\n1) Ramesh\nReply 1 to book it. Nothing is booked until you choose.", await book.SendAsync("jama rmesh 100"));
        Assert.Equal("#3 Ramesh +₹300, due 30 Nov. Ramesh owes ₹600.", await book.SendAsync("add Ramesh 300 due 30 nov"));
        Assert.Equal("Ramesh owes ₹600.\nOpen dues:\n₹100 due 30 Nov (part paid)\nLast paid ₹200 on 21 Nov.", await book.SendAsync("balance ramesh"));
        Assert.Equal("Deleted #2 Ramesh paid ₹200. Ramesh owes ₹800.", await book.SendAsync("delete #2"));
        Assert.Equal("Undone: delete of #2, it is back. #2 Ramesh paid ₹200. Ramesh owes ₹600.", await book.SendAsync("undo"));
        Assert.Equal("Changed #1 from ₹500 to ₹450.\n#1 Ramesh +₹450 groceries. Ramesh owes ₹550.", await book.SendAsync("edit #1 450"));
        Assert.Equal("#4 Spent ₹300 on food (tea).", await book.SendAsync("spent 300 tea"));
        Assert.Equal("#5 Income ₹1,000 from rent.", await book.SendAsync("income 1000 rent"));
        Assert.Equal("1 customer owes you ₹550:\nRamesh ₹550", await book.SendAsync("balances"));
        Assert.StartsWith("Ramesh's khata:\n21 Nov #1 +₹450 groceries → ₹450\n", await book.SendAsync("history Ramesh"));
        Assert.StartsWith("Saved Ramesh's phone:", await book.SendAsync("phone Ramesh 98765 43210"));
        Assert.StartsWith("Ramesh (", await book.SendAsync("find 98765"));
        Assert.Equal("Undone: Ramesh has no phone again.", await book.SendAsync("undo"));
        Assert.Equal("Undone: #5 Income ₹1,000 from rent.", await book.SendAsync("undo"));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Undo_reaches_another_features_change_by_its_action()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 500");
        await book.SendAsync("budget food 5000");

        var reply = await book.SendAsync("undo");

        Assert.Contains("food", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await book.QueryAsync(db => Task.FromResult(db.Budgets.ToList())));
        Assert.Null((await book.EntryAsync(1)).DeletedAt);
        Assert.Equal("budget.set", (await book.AuditAsync()).Single(a => a.UndoneAt != null).Action);
    }

    [Fact]
    public async Task Another_chat_typing_the_same_words_gets_its_own_book()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 500 groceries");

        Assert.StartsWith("No customer 'Ramesh'.", await book.SendAsync("paid Ramesh 200", chatId: 2002));
        Assert.StartsWith("There is no entry #1", await book.SendAsync("delete #1", chatId: 2002));
        Assert.Equal("Nothing to undo.", await book.SendAsync("undo", chatId: 2002));
        Assert.Equal("Ramesh owes ₹500.\nNo payments yet.", await book.SendAsync("balance Ramesh"));
    }

    [Fact]
    public async Task Help_is_the_help_text()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Equal(Core.Help.HelpText.Text, await book.SendAsync("help"));
    }
}
