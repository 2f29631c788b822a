using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class CreditTests
{
    [Fact]
    public async Task A_credit_for_a_new_name_creates_the_customer_and_says_so()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.Run(Credit("Ramesh", 500, "groceries"));

        Assert.Equal("New customer Ramesh.\n#1 Ramesh +₹500 groceries. Ramesh owes ₹500.", reply);
        var customer = await book.CustomerAsync("Ramesh");
        Assert.Equal(50_000, customer.BalancePaise);
        Assert.Null(customer.RemovedAt);
        var entry = await book.EntryAsync(1);
        Assert.Equal(customer.Id, entry.CustomerId);
        Assert.Equal("Owner", entry.EnteredBy);
        Assert.Equal(TestBook.DefaultStart, entry.EnteredAt);
        Assert.Equal(Today, entry.Date);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Theory]
    [InlineData("add Ramesh 99 rice yesterday", "#1 Ramesh +₹99 rice, on 20 Nov. Ramesh owes ₹99.")]
    [InlineData("add Ramesh 99 kal ka saman", "#1 Ramesh +₹99 ka saman, on 20 Nov. Ramesh owes ₹99.")]
    [InlineData("add Ramesh 99 rice on 3 nov due 5 dec", "#1 Ramesh +₹99 rice, on 3 Nov, due 5 Dec. Ramesh owes ₹99.")]
    public async Task A_back_dated_credit_says_its_day_so_the_reading_of_the_date_is_visible(string message, string expected)
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.SendAsync(message);

        Assert.Equal("New customer Ramesh.\n" + expected, reply);
    }

    [Fact]
    public async Task Credits_for_a_known_name_in_any_case_go_to_the_same_customer()
    {
        await using var book = await TestBook.CreateAsync();
        await book.Run(Credit("Ramesh", 500, "groceries"));

        var reply = await book.Run(Credit("  RAMESH ", 750));

        Assert.Equal("#2 Ramesh +₹750. Ramesh owes ₹1,250.", reply);
        Assert.Single(await book.QueryAsync(db => Task.FromResult(db.Customers.ToList())));
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Invisible_characters_in_a_name_do_not_make_a_second_customer()
    {
        await using var book = await TestBook.CreateAsync();
        await book.Run(Credit("Ramesh", 500));

        var reply = await book.Run(Credit("Ramesh\u0007\t", 100, "rice\u0000"));

        Assert.Equal("#2 Ramesh +₹100 rice. Ramesh owes ₹600.", reply);
    }

    [Fact]
    public async Task A_name_typed_all_lower_case_is_kept_capitalised()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.Run(Credit("ramesh kumar", 100));

        Assert.StartsWith("New customer Ramesh Kumar.", reply);
    }

    [Fact]
    public async Task Multi_word_names_match_whatever_the_spacing_and_case()
    {
        await using var book = await TestBook.CreateAsync();
        await book.Run(Credit("Ramesh  Kumar", 500));

        var reply = await book.Run(Pay("ramesh kumar", 200));

        Assert.Equal("#2 Ramesh Kumar paid ₹200. Ramesh Kumar owes ₹300.", reply);
        Assert.Equal("Ramesh Kumar", (await book.CustomerAsync("Ramesh Kumar")).Name);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Devanagari_names_work_like_any_other()
    {
        await using var book = await TestBook.CreateAsync();

        var first = await book.Run(Credit("रमेश", 500, "चावल"));
        var paid = await book.Run(Pay("रमेश", 100));

        Assert.Equal("New customer रमेश.\n#1 रमेश +₹500 चावल. रमेश owes ₹500.", first);
        Assert.Equal("#2 रमेश paid ₹100. रमेश owes ₹400.", paid);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task A_credit_with_a_due_date_mentions_it()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.Run(Credit("Ramesh", 500, "rice", due: Nov(30)));

        Assert.Equal("New customer Ramesh.\n#1 Ramesh +₹500 rice, due 30 Nov. Ramesh owes ₹500.", reply);
        Assert.Equal(Nov(30), (await book.EntryAsync(1)).DueDate);
    }

    [Fact]
    public async Task Entries_are_numbered_one_after_another_across_kinds()
    {
        await using var book = await TestBook.CreateAsync();

        await book.RunAll(Credit("Ramesh", 500), Spent(100, "food"), Pay("Ramesh", 100), Income(50, "rent"));

        Assert.Equal([1, 2, 3, 4], (await book.EntriesAsync()).Select(e => e.Number));
        Assert.Equal(4, await book.QueryAsync(db => Task.FromResult(db.Shops.Single().LastEntryNumber)));
    }

    [Fact]
    public async Task Whoever_sent_the_message_is_kept_on_the_entry()
    {
        await using var book = await TestBook.CreateAsync();

        await book.RunAsync(Credit("Ramesh", 500), sender: "Asha");

        Assert.Equal("Asha", (await book.EntryAsync(1)).EnteredBy);
        Assert.Equal("Asha", (await book.AuditAsync()).Single().By);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(0.004)]
    [InlineData(100000000.01)]
    public async Task An_impossible_amount_records_nothing(decimal amount)
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.Run(Credit("Ramesh", amount));

        Assert.StartsWith("The amount must be", reply);
        Assert.Empty(await book.EntriesAsync());
        Assert.Empty(await book.AuditAsync());
    }

    [Fact]
    public async Task A_too_long_name_is_refused()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.Run(Credit(new string('a', 61), 10));

        Assert.Contains("too long", reply);
        Assert.Empty(await book.EntriesAsync());
    }

    [Fact]
    public async Task A_credit_is_recorded_in_the_audit_trail()
    {
        await using var book = await TestBook.CreateAsync();

        await book.Run(Credit("Ramesh", 500, "groceries"));

        var record = Assert.Single(await book.AuditAsync());
        Assert.Equal("entry.add", record.Action);
        Assert.Equal("#1 Ramesh +₹500 groceries", record.Summary);
        Assert.Equal((await book.EntryAsync(1)).Id, record.EntryId);
        Assert.Equal((await book.CustomerAsync("Ramesh")).Id, record.CustomerId);
        Assert.NotNull(record.After);
    }

    [Fact]
    public async Task Help_lists_every_form_on_short_lines()
    {
        await using var book = await TestBook.CreateAsync();

        var help = await book.Run(new ShowHelp());

        foreach (var word in new[] { "udhar", "jama", "Expense", "Income", "balances", "history", "report", "budget", "undo", "delete #12", "edit #12", "export", "phone", "address", "find" })
        {
            Assert.Contains(word, help);
        }

        Assert.All(help.Split('\n'), line => Assert.True(line.Length <= 45, $"too long for a phone: '{line}'"));
    }
}
