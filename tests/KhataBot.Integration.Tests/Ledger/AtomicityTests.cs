using KhataBot.Core;
using KhataBot.Core.Ledger;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

/// <summary>A failure in the middle of a change leaves nothing of it behind.</summary>
public sealed class AtomicityTests
{
    [Fact]
    public async Task A_credit_that_fails_midway_leaves_no_customer_number_or_audit_behind()
    {
        await using var book = await TestBook.CreateAsync();
        await book.Run(new ShowBalances());
        await book.TakeNextEntryNumberBehindTheEnginesBackAsync();

        var reply = await book.Run(Credit("Ramesh", 500));

        Assert.Equal(KhataEngine.SomethingWentWrong, reply);
        Assert.Empty(await book.QueryAsync(db => Task.FromResult(db.Customers.ToList())));
        Assert.Equal(0, await book.QueryAsync(db => Task.FromResult(db.Shops.Single().LastEntryNumber)));
        Assert.Empty(await book.AuditAsync());
        Assert.Single(await book.EntriesAsync());
    }

    [Fact]
    public async Task A_payment_that_fails_midway_leaves_the_balance_and_dues_as_they_were()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500, due: Nov(25)));
        await book.TakeNextEntryNumberBehindTheEnginesBackAsync();

        var reply = await book.Run(Pay("Ramesh", 200));

        Assert.Equal(KhataEngine.SomethingWentWrong, reply);
        Assert.Equal(50_000, (await book.CustomerAsync("Ramesh")).BalancePaise);
        Assert.Equal(0, (await book.EntryAsync(1)).DuePaidPaise);
        Assert.Single(await book.AuditAsync());
        await LedgerAssert.BooksAddUpAsync(book);
    }
}
