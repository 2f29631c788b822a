using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class UndoTests
{
    [Fact]
    public async Task Undo_with_an_empty_book_says_there_is_nothing_to_undo()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Equal("Nothing to undo.", await book.Run(new UndoLast()));
        Assert.Empty(await book.AuditAsync());
    }

    [Fact]
    public async Task Undoing_a_credit_takes_it_off_the_balance_and_keeps_the_row()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 750), Credit("Ramesh", 500, "groceries"));

        var reply = await book.Run(new UndoLast());

        Assert.Equal("Undone: #2 Ramesh +₹500 groceries. Ramesh owes ₹750.", reply);
        var entry = await book.EntryAsync(2);
        Assert.Equal(TestBook.DefaultStart, entry.DeletedAt);
        Assert.Equal(75_000, (await book.CustomerAsync("Ramesh")).BalancePaise);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Undoing_a_payment_puts_the_amount_back()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 750), Pay("Ramesh", 500));

        Assert.Equal("Undone: #2 Ramesh paid ₹500. Ramesh owes ₹750.", await book.Run(new UndoLast()));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Undoing_the_credit_that_created_a_customer_removes_the_customer_too()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, "groceries"));

        var reply = await book.Run(new UndoLast());

        Assert.Equal("Undone: #1 Ramesh +₹500 groceries. Ramesh is no longer a customer.", reply);
        var customer = await book.CustomerAsync("Ramesh");
        Assert.NotNull(customer.RemovedAt);
        Assert.Equal(0, customer.BalancePaise);
        Assert.StartsWith("No customers yet.", await book.Run(new ShowBalances()));
        Assert.StartsWith("No customers yet.", await book.Run(new ListCustomers()));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task A_removed_customer_comes_back_with_the_next_credit_under_the_same_name()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), new SetPhone("Ramesh", "98765 43210"), new UndoLast(), new UndoLast());
        var removed = await book.CustomerAsync("Ramesh");

        var reply = await book.Run(Credit("RAMESH", 200));

        Assert.Equal("New customer Ramesh.\n#2 Ramesh +₹200. Ramesh owes ₹200.", reply);
        var back = await book.CustomerAsync("Ramesh");
        Assert.Equal(removed.Id, back.Id);
        Assert.Null(back.RemovedAt);
        Assert.Equal(20_000, back.BalancePaise);

        // And undoing that removes the customer again.
        Assert.EndsWith("Ramesh is no longer a customer.", await book.Run(new UndoLast()));
        Assert.NotNull((await book.CustomerAsync("Ramesh")).RemovedAt);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Repeated_undo_walks_back_one_change_at_a_time_until_nothing_is_left()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), Pay("Ramesh", 200), Spent(50, "food"), Credit("Ramesh", 100));

        Assert.Equal("Undone: #4 Ramesh +₹100. Ramesh owes ₹300.", await book.Run(new UndoLast()));
        Assert.Equal("Undone: #3 Spent ₹50 on food.", await book.Run(new UndoLast()));
        Assert.Equal("Undone: #2 Ramesh paid ₹200. Ramesh owes ₹500.", await book.Run(new UndoLast()));
        await LedgerAssert.BooksAddUpAsync(book);
        Assert.Equal("Undone: #1 Ramesh +₹500. Ramesh is no longer a customer.", await book.Run(new UndoLast()));
        Assert.Equal("Nothing to undo.", await book.Run(new UndoLast()));
        Assert.All(await book.EntriesAsync(), e => Assert.NotNull(e.DeletedAt));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task An_undo_is_recorded_and_marks_the_change_it_reverted()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, "groceries"));
        book.Clock.Advance(TimeSpan.FromMinutes(5));

        await book.Run(new UndoLast());

        var audit = await book.AuditAsync();
        Assert.Equal(2, audit.Count);
        Assert.Equal(TestBook.DefaultStart.AddMinutes(5), audit[0].UndoneAt);
        Assert.Equal(("undo", audit[0].Id, audit[0].EntryId), (audit[1].Action, audit[1].UndoOfId, audit[1].EntryId));
        Assert.Null(audit[1].UndoneAt);
    }

    [Fact]
    public async Task Undo_never_undoes_an_undo_and_new_changes_are_undone_first()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), Credit("Ramesh", 100), new UndoLast(), Credit("Ramesh", 40));

        Assert.Equal("Undone: #3 Ramesh +₹40. Ramesh owes ₹500.", await book.Run(new UndoLast()));
        Assert.Equal("Undone: #1 Ramesh +₹500. Ramesh is no longer a customer.", await book.Run(new UndoLast()));
        Assert.Equal("Nothing to undo.", await book.Run(new UndoLast()));
    }

    [Fact]
    public async Task A_change_without_an_undoer_is_reported_honestly_and_nothing_changes()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));
        var shopId = await book.ShopIdAsync();
        await book.QueryAsync(db =>
        {
            db.AuditRecords.Add(new AuditRecord { ShopId = shopId, Action = "something.new", Summary = "Something new", By = "Owner", At = TestBook.DefaultStart });
            return db.SaveChangesAsync();
        });

        var reply = await book.Run(new UndoLast());

        Assert.Equal("The last change (Something new) cannot be undone, so nothing was changed.", reply);
        Assert.All(await book.AuditAsync(), a => Assert.Null(a.UndoneAt));
        Assert.Null((await book.EntryAsync(1)).DeletedAt);
    }

    [Fact]
    public async Task A_change_that_can_no_longer_be_undone_is_left_alone()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), Credit("Ramesh", 100));
        // Someone removed #2 behind the audit trail's back: its "entry.add" has nothing left to undo.
        await book.QueryAsync(async db =>
        {
            var entry = db.Entries.Single(e => e.Number == 2);
            entry.DeletedAt = TestBook.DefaultStart;
            db.Customers.Single().BalancePaise = 50_000;
            return await db.SaveChangesAsync();
        });

        var reply = await book.Run(new UndoLast());

        Assert.Equal("The last change (#2 Ramesh +₹100) can no longer be undone, so nothing was changed.", reply);
        Assert.Equal(2, (await book.AuditAsync()).Count);
        await LedgerAssert.BooksAddUpAsync(book);
    }
}
