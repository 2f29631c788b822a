using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class ViewTests
{
    [Fact]
    public async Task Balances_list_who_owes_largest_first_with_the_total_and_advances_apart()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(
            Credit("Ramesh", 1250), Credit("Suresh", 3000), Credit("Gita", 500),
            Credit("Mohan", 200), Pay("Mohan", 500),
            Credit("Ravi", 100), Pay("Ravi", 100));

        var reply = await book.Run(new ShowBalances());

        Assert.Equal("""
            3 customers owe you ₹4,750:
            Suresh ₹3,000
            Ramesh ₹1,250
            Gita ₹500
            Advance with you:
            Mohan ₹300
            """, reply);
    }

    [Fact]
    public async Task Balances_of_an_empty_book_say_how_to_start()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Equal("No customers yet. Write a credit to start a khata. Try: add Ramesh 500 groceries", await book.Run(new ShowBalances()));
    }

    [Fact]
    public async Task Balances_when_everyone_has_paid()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100), Pay("Ramesh", 100));

        Assert.Equal("Nobody owes you anything right now.", await book.Run(new ShowBalances()));
    }

    [Fact]
    public async Task Balance_of_a_customer_without_payments_or_dues()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 100), new SetPhone("Ramesh", "98765 43210"));

        Assert.Equal("Ramesh owes ₹100.\nNo payments yet.\nPhone: 98765 43210", await book.Run(new ShowBalance("RAMESH")));
        Assert.Equal("No customer 'Rmesh'. Did you mean Ramesh?", await book.Run(new ShowBalance("Rmesh")));
    }

    [Fact]
    public async Task History_shows_entries_oldest_first_with_a_running_balance()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(
            Credit("Ramesh", 500, "groceries"),
            Pay("Ramesh", 200),
            Credit("Suresh", 999),
            Credit("Ramesh", 300, due: Nov(30)),
            Credit("Ramesh", 100, "old", date: Nov(15)),
            Credit("Ramesh", 50, "mistake"),
            new DeleteEntry(6),
            Pay("Ramesh", 1000, "cash"));

        var reply = await book.Run(new ShowHistory("ramesh"));

        Assert.Equal("""
            Ramesh's khata:
            15 Nov #5 +₹100 old → ₹100
            21 Nov #1 +₹500 groceries → ₹600
            21 Nov #2 paid ₹200 → ₹400
            21 Nov #4 +₹300 (due 30 Nov) → ₹700
            21 Nov #7 paid ₹1,000 cash → ₹300 advance
            Ramesh has ₹300 advance.
            """, reply);
    }

    [Fact]
    public async Task A_long_history_shows_the_latest_entries_and_the_balance_before_them()
    {
        await using var book = await TestBook.CreateAsync();
        for (var i = 1; i <= 35; i++)
        {
            await book.RunAsync(Credit("Ramesh", 10));
        }

        var lines = (await book.Run(new ShowHistory("Ramesh"))).Split('\n');

        Assert.Equal("(last 30 of 35 entries; before them: ₹50)", lines[1]);
        Assert.Equal("21 Nov #6 +₹10 → ₹60", lines[2]);
        Assert.Equal("21 Nov #35 +₹10 → ₹350", lines[^2]);
        Assert.Equal(30 + 3, lines.Length);
    }

    [Fact]
    public async Task History_shortens_long_notes_to_keep_the_message_small()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 10, new string('n', 200)));

        var line = (await book.Run(new ShowHistory("Ramesh"))).Split('\n')[1];

        Assert.Equal($"21 Nov #1 +₹10 {new string('n', 39)}… → ₹10", line);
    }

    [Fact]
    public async Task History_of_a_customer_with_nothing_live()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 10), new DeleteEntry(1));

        Assert.Equal("No entries for Ramesh yet.", await book.Run(new ShowHistory("Ramesh")));
    }

    [Fact]
    public async Task Customers_are_listed_alphabetically_with_phone_and_balance()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(
            Credit("suresh", 100), Pay("Suresh", 100),
            Credit("Ramesh", 1250), new SetPhone("Ramesh", "98765 43210"),
            Credit("Gita", 500),
            Credit("Mohan", 100), Pay("Mohan", 400));

        Assert.Equal("""
            Customers (4):
            Gita: owes ₹500
            Mohan: ₹300 advance
            Ramesh (98765 43210): owes ₹1,250
            Suresh: clear
            """, await book.Run(new ListCustomers()));
    }

    [Fact]
    public async Task Find_matches_part_of_a_name_or_of_a_phone_number()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(
            Credit("Ramesh", 100), Credit("Ramesh Kumar", 200), Credit("Suresh", 300),
            new SetPhone("Suresh", "+91 98765-43210"));

        Assert.Equal("Ramesh: owes ₹100\nRamesh Kumar: owes ₹200", await book.Run(new FindCustomers("ram")));
        Assert.Equal("Suresh (+91 98765-43210): owes ₹300", await book.Run(new FindCustomers("9876543")));
        Assert.Equal("No customer matches 'zz'. Type customers to see them all.", await book.Run(new FindCustomers("zz")));
    }
}
