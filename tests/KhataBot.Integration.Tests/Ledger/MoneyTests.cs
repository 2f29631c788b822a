using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class MoneyTests
{
    [Fact]
    public async Task Ten_and_twenty_paise_add_up_to_exactly_thirty_and_pay_off_exactly()
    {
        await using var book = await TestBook.CreateAsync();

        await book.Run(Credit("Ramesh", 0.10m));
        Assert.Equal("#2 Ramesh +₹0.20. Ramesh owes ₹0.30.", await book.Run(Credit("Ramesh", 0.20m)));
        Assert.Equal(30, (await book.CustomerAsync("Ramesh")).BalancePaise);

        Assert.Equal("#3 Ramesh paid ₹0.10. Ramesh owes ₹0.20.", await book.Run(Pay("Ramesh", 0.10m)));
        Assert.Equal("#4 Ramesh paid ₹0.20. Ramesh is all clear.", await book.Run(Pay("Ramesh", 0.20m)));
        Assert.Equal(0, (await book.CustomerAsync("Ramesh")).BalancePaise);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Large_amounts_are_written_the_indian_way()
    {
        await using var book = await TestBook.CreateAsync();

        await book.Run(Credit("Ramesh", 1_00_000));
        var reply = await book.Run(Credit("Ramesh", 12_34_567.89m));

        Assert.Equal("#2 Ramesh +₹12,34,567.89. Ramesh owes ₹13,34,567.89.", reply);
        Assert.Equal(1_33_456_789, (await book.CustomerAsync("Ramesh")).BalancePaise);
    }

    [Fact]
    public async Task Many_small_payments_never_drift()
    {
        await using var book = await TestBook.CreateAsync();
        await book.Run(Credit("Ramesh", 10, due: Nov(25)));

        for (var i = 0; i < 33; i++)
        {
            await book.RunAsync(Pay("Ramesh", 0.30m));
        }

        Assert.Equal("#35 Ramesh paid ₹0.10. Ramesh is all clear.", await book.Run(Pay("Ramesh", 0.10m)));
        Assert.Equal(1000, (await book.EntryAsync(1)).DuePaidPaise);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Half_a_paisa_rounds_to_the_nearest_paisa()
    {
        await using var book = await TestBook.CreateAsync();

        await book.Run(Credit("Ramesh", 10.005m));

        Assert.Equal(1001, (await book.EntryAsync(1)).AmountPaise);
    }
}
