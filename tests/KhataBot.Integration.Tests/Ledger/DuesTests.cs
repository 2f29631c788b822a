using KhataBot.Core.Ledger.Dues;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class DuesTests
{
    [Fact]
    public async Task Payments_settle_the_oldest_due_first_by_due_date_then_number()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(
            Credit("Ramesh", 300, due: Nov(25)), // #1
            Credit("Ramesh", 500, due: Nov(20)), // #2: due first although written later
            Credit("Ramesh", 200), // #3: no due date
            Credit("Ramesh", 400, due: Nov(25))); // #4: same day as #1, so after it

        await book.Run(Pay("Ramesh", 600));

        var (first, second, undated, fourth) = (await book.EntryAsync(1), await book.EntryAsync(2), await book.EntryAsync(3), await book.EntryAsync(4));
        Assert.Equal((DueState.Paid, 50_000L), (DueStates.Of(second), second.DuePaidPaise));
        Assert.Equal((DueState.PartlyPaid, 10_000L), (DueStates.Of(first), first.DuePaidPaise));
        Assert.Equal((DueState.Pending, 0L), (DueStates.Of(fourth), fourth.DuePaidPaise));
        Assert.Equal(0, undated.DuePaidPaise);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Later_payments_carry_on_down_the_dues()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 300, due: Nov(25)), Credit("Ramesh", 300, due: Nov(28)), Pay("Ramesh", 100));

        await book.Run(Pay("Ramesh", 300));

        Assert.Equal(DueState.Paid, DueStates.Of(await book.EntryAsync(1)));
        Assert.Equal(10_000, (await book.EntryAsync(2)).DuePaidPaise);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task The_balance_lists_open_dues_with_how_late_they_are()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(
            Credit("Ramesh", 500, due: Nov(18), date: Nov(1)),
            Credit("Ramesh", 300, due: Nov(21)),
            Credit("Ramesh", 250, due: new DateOnly(2027, 1, 5)),
            Pay("Ramesh", 200, date: Nov(19)));

        var reply = await book.Run(new ShowBalance("ramesh"));

        Assert.Equal("""
            Ramesh owes ₹850.
            Open dues:
            ₹300 due 18 Nov (part paid, overdue 3 days)
            ₹300 due 21 Nov (due today)
            ₹250 due 5 Jan 2027
            Last paid ₹200 on 19 Nov.
            """, reply);
    }

    [Fact]
    public async Task A_paid_due_is_no_longer_listed()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, due: Nov(18)), Credit("Ramesh", 100), Pay("Ramesh", 500));

        Assert.Equal("Ramesh owes ₹100.\nLast paid ₹500 on 21 Nov.", await book.Run(new ShowBalance("Ramesh")));
    }

    [Fact]
    public async Task Deleting_a_payment_reopens_the_dues_it_had_settled()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, due: Nov(25)), Pay("Ramesh", 500));
        Assert.Equal(DueState.Paid, DueStates.Of(await book.EntryAsync(1)));

        await book.Run(new DeleteEntry(2));

        Assert.Equal(DueState.Pending, DueStates.Of(await book.EntryAsync(1)));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Deleting_a_paid_due_moves_the_money_to_the_next_due()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, due: Nov(25)), Credit("Ramesh", 500, due: Nov(28)), Pay("Ramesh", 500));

        await book.Run(new DeleteEntry(1));

        Assert.Equal(0, (await book.EntryAsync(1)).DuePaidPaise);
        Assert.Equal(DueState.Paid, DueStates.Of(await book.EntryAsync(2)));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Editing_a_payment_spreads_it_over_the_dues_again()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 300, due: Nov(25)), Credit("Ramesh", 300, due: Nov(28)), Pay("Ramesh", 400));
        Assert.Equal(10_000, (await book.EntryAsync(2)).DuePaidPaise);

        await book.Run(new EditEntry(3, 200, null));

        Assert.Equal((DueState.PartlyPaid, 20_000L), (DueStates.Of(await book.EntryAsync(1)), (await book.EntryAsync(1)).DuePaidPaise));
        Assert.Equal(DueState.Pending, DueStates.Of(await book.EntryAsync(2)));

        await book.Run(new UndoLast());

        Assert.Equal(DueState.Paid, DueStates.Of(await book.EntryAsync(1)));
        Assert.Equal(10_000, (await book.EntryAsync(2)).DuePaidPaise);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Undoing_a_payment_takes_it_off_the_dues()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 300, due: Nov(25)), Pay("Ramesh", 300), new UndoLast());

        Assert.Equal(DueState.Pending, DueStates.Of(await book.EntryAsync(1)));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task An_advance_counts_towards_a_later_due()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100), Pay("Ramesh", 400));

        await book.Run(Credit("Ramesh", 300, due: Nov(30)));

        Assert.Equal(DueState.Paid, DueStates.Of(await book.EntryAsync(3)));
        Assert.Equal("Ramesh is all clear.\nLast paid ₹400 on 21 Nov.", await book.Run(new ShowBalance("Ramesh")));
        await LedgerAssert.BooksAddUpAsync(book);
    }
}
