using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class DeleteAndEditTests
{
    [Fact]
    public async Task Delete_marks_the_entry_deleted_and_updates_the_balance()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 750), Credit("Ramesh", 500, "groceries"));

        var reply = await book.Run(new DeleteEntry(2));

        Assert.Equal("Deleted #2 Ramesh +₹500 groceries. Ramesh owes ₹750.", reply);
        Assert.Equal(2, (await book.EntriesAsync()).Count);
        Assert.NotNull((await book.EntryAsync(2)).DeletedAt);
        var record = (await book.AuditAsync()).Last();
        Assert.Equal(("entry.delete", "Deleted #2 Ramesh +₹500 groceries"), (record.Action, record.Summary));
        Assert.NotNull(record.Before);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Undoing_a_delete_brings_the_entry_back()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 750), Credit("Ramesh", 500, "groceries"), new DeleteEntry(2));

        var reply = await book.Run(new UndoLast());

        Assert.Equal("Undone: delete of #2, it is back. #2 Ramesh +₹500 groceries. Ramesh owes ₹1,250.", reply);
        Assert.Null((await book.EntryAsync(2)).DeletedAt);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Deleting_an_expense_needs_no_customer()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Spent(300, "food", "tea"));

        Assert.Equal("Deleted #1 Spent ₹300 on food (tea).", await book.Run(new DeleteEntry(1)));
        Assert.Equal("Undone: delete of #1, it is back. #1 Spent ₹300 on food (tea).", await book.Run(new UndoLast()));
    }

    [Fact]
    public async Task Deleting_a_number_that_does_not_exist_changes_nothing()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        var reply = await book.Run(new DeleteEntry(99));

        Assert.Equal("There is no entry #99 in this book. Type history NAME to see a customer's entries.", reply);
        Assert.Single(await book.AuditAsync());
        Assert.Null((await book.EntryAsync(1)).DeletedAt);
    }

    [Fact]
    public async Task Deleting_twice_says_it_is_already_deleted()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), Credit("Ramesh", 100), new DeleteEntry(2));

        Assert.Equal("#2 is already deleted. Type undo right after a delete to bring it back.", await book.Run(new DeleteEntry(2)));
        Assert.Equal(3, (await book.AuditAsync()).Count);
    }

    [Fact]
    public async Task Edit_changes_the_amount_and_keeps_the_note()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 750), Credit("Ramesh", 500, "groceries"));

        var reply = await book.Run(new EditEntry(2, 450, null));

        Assert.Equal("Changed #2 from ₹500 to ₹450.\n#2 Ramesh +₹450 groceries. Ramesh owes ₹1,200.", reply);
        var entry = await book.EntryAsync(2);
        Assert.Equal((45_000L, "groceries"), (entry.AmountPaise, entry.Note));
        var record = (await book.AuditAsync()).Last();
        Assert.Equal(("entry.edit", "Edited #2 Ramesh +₹450 groceries (was ₹500)"), (record.Action, record.Summary));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Edit_with_a_note_replaces_the_note_and_undo_restores_both()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 750), Credit("Ramesh", 500, "groceries"), new EditEntry(2, 450, "rice"));
        Assert.Equal("rice", (await book.EntryAsync(2)).Note);

        var reply = await book.Run(new UndoLast());

        Assert.Equal("Undone: edit of #2, back to ₹500.\n#2 Ramesh +₹500 groceries. Ramesh owes ₹1,250.", reply);
        var entry = await book.EntryAsync(2);
        Assert.Equal((50_000L, "groceries"), (entry.AmountPaise, entry.Note));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task A_deleted_entry_cannot_be_edited()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), new DeleteEntry(1));

        var reply = await book.Run(new EditEntry(1, 450, null));

        Assert.Equal("#1 is deleted, so it cannot be edited. Write it again as a new entry.", reply);
        Assert.Equal(50_000, (await book.EntryAsync(1)).AmountPaise);
        Assert.Equal(2, (await book.AuditAsync()).Count);
    }

    [Fact]
    public async Task Editing_a_number_that_does_not_exist_changes_nothing()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.StartsWith("There is no entry #7 in this book.", await book.Run(new EditEntry(7, 10, null)));
        Assert.Empty(await book.AuditAsync());
    }

    [Fact]
    public async Task An_edit_to_the_same_values_records_nothing()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, "rice"));

        Assert.Equal("#1 already says that: #1 Ramesh +₹500 rice.", await book.Run(new EditEntry(1, 500, null)));
        Assert.Single(await book.AuditAsync());
    }

    [Fact]
    public async Task Delete_edit_and_their_undos_keep_the_book_adding_up()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(
            Credit("Ramesh", 500, due: Nov(25)), Credit("Suresh", 200), Pay("Ramesh", 100), Credit("Ramesh", 300, due: Nov(22)),
            new EditEntry(3, 350, null), new DeleteEntry(1), Pay("Suresh", 250), new EditEntry(4, 10, null),
            new UndoLast(), new DeleteEntry(3), new UndoLast(), new UndoLast());

        await LedgerAssert.BooksAddUpAsync(book);
        // The last undo took back Suresh's payment (#5), the latest change not yet undone.
        Assert.Equal(30_000 - 35_000, (await book.CustomerAsync("Ramesh")).BalancePaise);
        Assert.Equal(20_000, (await book.CustomerAsync("Suresh")).BalancePaise);
        Assert.NotNull((await book.EntryAsync(5)).DeletedAt);
    }
}
