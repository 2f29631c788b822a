using KhataBot.Core.Ledger;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class PaymentTests
{
    [Fact]
    public async Task A_payment_lowers_what_the_customer_owes()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 1250));

        var reply = await book.Run(Pay("Ramesh", 200));

        Assert.Equal("#2 Ramesh paid ₹200. Ramesh owes ₹1,050.", reply);
        Assert.Equal(EntryKind.Payment, (await book.EntryAsync(2)).Kind);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task A_payment_note_is_shown_in_brackets()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        Assert.Equal("#2 Ramesh paid ₹200 (upi). Ramesh owes ₹300.", await book.Run(Pay("Ramesh", 200, "upi")));
    }

    [Fact]
    public async Task Paying_everything_makes_the_customer_all_clear()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        Assert.Equal("#2 Ramesh paid ₹500. Ramesh is all clear.", await book.Run(Pay("Ramesh", 500)));
        Assert.Equal(0, (await book.CustomerAsync("Ramesh")).BalancePaise);
    }

    [Fact]
    public async Task Paid_more_than_owed_records_an_advance()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 200));

        var reply = await book.Run(Pay("Ramesh", 500));

        Assert.Equal("#2 Ramesh paid ₹500. Ramesh has ₹300 advance.", reply);
        Assert.Equal(-30_000, (await book.CustomerAsync("Ramesh")).BalancePaise);
        Assert.Equal("#3 Ramesh +₹100. Ramesh has ₹200 advance.", await book.Run(Credit("Ramesh", 100)));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task A_payment_from_an_unknown_name_is_not_recorded_and_suggests_the_closest_name()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), Credit("Suresh", 100));

        var reply = await book.Run(Pay("Rmesh", 200));

        Assert.Equal("No customer 'Rmesh'. Did you mean Ramesh?\n1) Ramesh\nReply 1 to book it. Nothing is booked until you choose.", reply);
        Assert.Equal(2, (await book.EntriesAsync()).Count);
        Assert.Equal(2, (await book.AuditAsync()).Count);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Several_close_names_are_all_suggested()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), Credit("Ramesh Kumar", 100), Credit("Suresh", 100));

        Assert.StartsWith("No customer 'Rmesh'. Did you mean Ramesh, Ramesh Kumar?\n1) Ramesh\n2) Ramesh Kumar\n", await book.Run(Pay("Rmesh", 200)));
        Assert.StartsWith("No customer 'Rames'. Did you mean Ramesh, Ramesh Kumar?\n", await book.Run(Pay("rames", 200)));
        Assert.StartsWith("No customer 'Kumar'. Did you mean Ramesh Kumar?\n1) Ramesh Kumar\n", await book.Run(Pay("Kumar", 200)));
    }

    [Fact]
    public async Task A_name_close_to_nothing_points_to_the_customer_list_with_an_example()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        var reply = await book.Run(Pay("Xavier", 200));

        Assert.Equal("No customer 'Xavier'. Type customers to see them all.\nNew customers start with a credit. Try: add Ramesh 500 groceries", reply);
        Assert.Single(await book.EntriesAsync());
        Assert.Equal(1, await book.QueryAsync(db => Task.FromResult(db.Shops.Single().LastEntryNumber)));
    }

    [Fact]
    public async Task A_removed_customer_cannot_be_paid()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500), new Core.Parsing.UndoLast());

        Assert.StartsWith("No customer 'Ramesh'.", await book.Run(Pay("Ramesh", 100)));
        await LedgerAssert.BooksAddUpAsync(book);
    }
}
