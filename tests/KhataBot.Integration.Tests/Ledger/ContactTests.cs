using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class ContactTests
{
    [Fact]
    public async Task A_phone_is_saved_audited_and_can_be_undone()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100));

        Assert.Equal("Saved Ramesh's phone: 98765 43210.", await book.Run(new SetPhone("ramesh", "98765 43210")));
        Assert.Equal("Changed Ramesh's phone from 98765 43210 to 91234 56789.", await book.Run(new SetPhone("Ramesh", "91234 56789")));

        var record = (await book.AuditAsync()).Last();
        Assert.Equal(("customer.phone", "Ramesh's phone set to 91234 56789"), (record.Action, record.Summary));
        Assert.Contains("98765 43210", record.Before);

        Assert.Equal("Undone: Ramesh's phone is back to 98765 43210.", await book.Run(new UndoLast()));
        Assert.Equal("98765 43210", (await book.CustomerAsync("Ramesh")).Phone);
        Assert.Equal("Undone: Ramesh has no phone again.", await book.Run(new UndoLast()));
        Assert.Null((await book.CustomerAsync("Ramesh")).Phone);
    }

    [Fact]
    public async Task An_address_is_saved_and_can_be_undone()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100));

        Assert.Equal("Saved Ramesh's address: 12 MG Road, Pune.", await book.Run(new SetAddress("Ramesh", " 12 MG Road,  Pune ")));
        Assert.Equal("customer.address", (await book.AuditAsync()).Last().Action);
        Assert.Equal("Undone: Ramesh has no address again.", await book.Run(new UndoLast()));
        Assert.Null((await book.CustomerAsync("Ramesh")).Address);
    }

    [Fact]
    public async Task Setting_the_same_phone_again_changes_nothing()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100), new SetPhone("Ramesh", "98765 43210"));

        Assert.Equal("Ramesh's phone is already 98765 43210.", await book.Run(new SetPhone("Ramesh", "98765 43210")));
        Assert.Equal(2, (await book.AuditAsync()).Count);
    }

    [Fact]
    public async Task A_phone_for_an_unknown_customer_suggests_names()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100));

        Assert.Equal("No customer 'Rameshh'. Did you mean Ramesh?", await book.Run(new SetPhone("Rameshh", "98765 43210")));
        Assert.Equal("No customer 'Rameshh'. Did you mean Ramesh?", await book.Run(new SetAddress("Rameshh", "MG Road")));
        Assert.Single(await book.AuditAsync());
    }

    [Fact]
    public async Task Something_that_is_not_a_phone_number_is_refused()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100));

        Assert.Equal("'call him' does not look like a phone number. Try: phone Ramesh 9876543210", await book.Run(new SetPhone("Ramesh", "call him")));
        Assert.Null((await book.CustomerAsync("Ramesh")).Phone);
    }
}
