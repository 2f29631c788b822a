using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

/// <summary>Each chat's book is its own: nothing of chat A can be seen or changed from chat B.</summary>
public sealed class IsolationTests
{
    private const long ChatA = TestBook.ChatId;
    private const long ChatB = 2002;

    private static async Task<TestBook> BookWithRameshInChatAAsync()
    {
        var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, "groceries", due: Nov(25)), Pay("Ramesh", 100), new SetPhone("Ramesh", "98765 43210"));
        return book;
    }

    [Fact]
    public async Task Chat_B_cannot_see_chat_As_customers()
    {
        await using var book = await BookWithRameshInChatAAsync();

        Assert.StartsWith("No customer 'Ramesh'.", await book.Run(new ShowBalance("Ramesh"), ChatB));
        Assert.StartsWith("No customer 'Ramesh'.", await book.Run(new ShowHistory("Ramesh"), ChatB));
        Assert.StartsWith("No customers yet.", await book.Run(new ShowBalances(), ChatB));
        Assert.StartsWith("No customers yet.", await book.Run(new ListCustomers(), ChatB));
        Assert.StartsWith("No customer matches", await book.Run(new FindCustomers("ram"), ChatB));
        Assert.StartsWith("No customer matches", await book.Run(new FindCustomers("98765"), ChatB));
        // Not even as a suggestion.
        Assert.DoesNotContain("Did you mean", await book.Run(new ShowBalance("Rmesh"), ChatB));
    }

    [Fact]
    public async Task Chat_B_cannot_pay_or_change_chat_As_customers()
    {
        await using var book = await BookWithRameshInChatAAsync();

        Assert.StartsWith("No customer 'Ramesh'.", await book.Run(Pay("Ramesh", 400), ChatB));
        Assert.StartsWith("No customer 'Ramesh'.", await book.Run(new SetPhone("Ramesh", "91234 56789"), ChatB));
        Assert.StartsWith("No customer 'Ramesh'.", await book.Run(new SetAddress("Ramesh", "MG Road"), ChatB));

        var ramesh = await book.CustomerAsync("Ramesh", ChatA);
        Assert.Equal((40_000L, "98765 43210", (string?)null), (ramesh.BalancePaise, ramesh.Phone, ramesh.Address));
        Assert.Equal(2, (await book.EntriesAsync()).Count);
    }

    [Fact]
    public async Task Chat_B_cannot_delete_edit_or_undo_chat_As_entries()
    {
        await using var book = await BookWithRameshInChatAAsync();

        Assert.StartsWith("There is no entry #1 in this book.", await book.Run(new DeleteEntry(1), ChatB));
        Assert.StartsWith("There is no entry #2 in this book.", await book.Run(new EditEntry(2, 1, null), ChatB));
        Assert.Equal("Nothing to undo.", await book.Run(new UndoLast(), ChatB));

        Assert.All(await book.EntriesAsync(), e => Assert.Null(e.DeletedAt));
        Assert.Equal(10_000, (await book.EntryAsync(2, ChatA)).AmountPaise);
        Assert.All(await book.AuditAsync(), a => Assert.Null(a.UndoneAt));
        Assert.Equal("Ramesh owes ₹400.\nOpen dues:\n₹400 due 25 Nov (part paid)\nLast paid ₹100 on 21 Nov.\nPhone: 98765 43210",
            await book.Run(new ShowBalance("Ramesh"), ChatA));
    }

    [Fact]
    public async Task The_same_name_in_two_chats_is_two_customers_with_their_own_numbers()
    {
        await using var book = await BookWithRameshInChatAAsync();

        var reply = await book.Run(Credit("Ramesh", 70), ChatB);

        Assert.Equal("New customer Ramesh.\n#1 Ramesh +₹70. Ramesh owes ₹70.", reply);
        Assert.NotEqual((await book.CustomerAsync("Ramesh", ChatA)).Id, (await book.CustomerAsync("Ramesh", ChatB)).Id);
        Assert.Equal("#3 Ramesh +₹10. Ramesh owes ₹410.", await book.Run(Credit("Ramesh", 10), ChatA));

        // Undo in B takes back B's change only.
        Assert.Equal("Undone: #1 Ramesh +₹70. Ramesh is no longer a customer.", await book.Run(new UndoLast(), ChatB));
        Assert.Null((await book.EntryAsync(3, ChatA)).DeletedAt);
        Assert.Null((await book.CustomerAsync("Ramesh", ChatA)).RemovedAt);
        await LedgerAssert.BooksAddUpAsync(book);
    }
}
