using KhataBot.Core.Outbox;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

/// <summary>A credit or payment for a name close to a customer's asks which was meant before booking anything.</summary>
public sealed class CloseNameTests
{
    [Fact]
    public async Task A_credit_for_a_close_name_asks_before_creating_anyone_and_books_the_choice()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        var question = await book.SendForReplyAsync("add Ramseh 100");

        Assert.Equal("New customer Ramseh, or Ramesh?\n1) New customer Ramseh\n2) Ramesh\nReply 1 or 2. Nothing is booked until you choose.", question.Text);
        Assert.Equal(["1) New customer Ramseh", "2) Ramesh"], question.Buttons.Select(b => b.Text));
        Assert.Single(await book.QueryAsync(db => db.Customers.ToListAsync()));
        Assert.Single(await book.EntriesAsync());

        Assert.Equal("#2 Ramesh +₹100. Ramesh owes ₹600.", await book.SendAsync("2"));
        Assert.Single(await book.QueryAsync(db => db.Customers.ToListAsync()));
        Assert.Equal("There is no question waiting for an answer, so nothing was changed. Type help for examples.", await book.SendAsync("2"));
    }

    [Theory]
    [InlineData("Suresh")] // two letters off "Ramesh": another common name, not a slip
    [InlineData("Mahesh")]
    [InlineData("Rakesh Kumar")]
    public async Task A_credit_for_a_plainly_different_name_opens_its_khata_without_asking(string name)
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        Assert.StartsWith($"New customer {name}.", await book.SendAsync($"add {name} 100"));
        Assert.Equal(2, await book.QueryAsync(db => db.Customers.CountAsync()));
    }

    [Theory]
    [InlineData("Rmesh")]
    [InlineData("Ramessh")]
    [InlineData("Ram")]
    public async Task A_credit_for_a_slip_of_one_letter_or_a_start_of_the_name_asks(string name)
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        Assert.StartsWith($"New customer {name}, or Ramesh?", await book.SendAsync($"add {name} 100"));
        Assert.Equal(1, await book.QueryAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task Choosing_the_new_customer_opens_the_khata_without_asking_again()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));
        await book.SendAsync("add Ramseh 100");

        Assert.Equal("New customer Ramseh.\n#2 Ramseh +₹100. Ramseh owes ₹100.", await book.SendAsync("1"));
        Assert.Equal("#3 Ramseh +₹50. Ramseh owes ₹150.", await book.SendAsync("add Ramseh 50"));
        Assert.Equal("Undone: #3 Ramseh +₹50. Ramseh owes ₹100.", await book.SendAsync("undo"));
    }

    [Fact]
    public async Task A_payment_for_a_close_name_is_booked_on_one_tap_of_its_button_and_only_once()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Suresh", 500), Credit("Ramesh", 100));

        var question = await book.SendForReplyAsync("paid Suersh 50");
        Assert.Equal("No customer 'Suersh'. Did you mean Suresh?\n1) Suresh\nReply 1 to book it. Nothing is booked until you choose.", question.Text);
        var button = Assert.Single(question.Buttons);
        Assert.Equal("1) Suresh", button.Text);

        Assert.Equal("#3 Suresh paid ₹50. Suresh owes ₹450.", await book.SendAsync(button.Action));
        Assert.Equal("That question was already answered or replaced, so nothing was changed.", await book.SendAsync(button.Action));
        Assert.Equal(3, (await book.EntriesAsync()).Count);
        await LedgerAssert.BooksAddUpAsync(book);
    }

    [Fact]
    public async Task Known_names_new_names_far_from_all_and_another_message_ask_nothing()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Credit("Ramesh", 500));

        Assert.Equal("#2 Ramesh +₹100. Ramesh owes ₹600.", await book.SendAsync("add ramesh 100"));
        Assert.StartsWith("New customer Mohan.", await book.SendAsync("add Mohan 100"));
        await book.SendAsync("add Ramseh 100");
        // Any other message drops the question; the credit it was about is not booked.
        Assert.StartsWith("Ramesh owes", await book.SendAsync("balance Ramesh"));
        Assert.Equal("There is no question waiting for an answer, so nothing was changed. Type help for examples.", await book.SendAsync("1"));
        Assert.Equal(2, await book.QueryAsync(db => db.Customers.CountAsync()));
    }
}
