using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Outbox;

/// <summary>Buttons under replies do what their label says when pressed.</summary>
public sealed class ButtonTests
{
    [Fact]
    public async Task A_misspelt_name_offers_the_close_customers_and_the_button_pays_the_right_one()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 500 rice");

        var reply = await book.SendForReplyAsync("paid Rmesh 200");

        var button = Assert.Single(reply.Buttons);
        Assert.Equal("1) Ramesh", button.Text);
        Assert.Contains("owes ₹300", await book.SendAsync(button.Action));
    }

    [Fact]
    public async Task A_balance_offers_the_history()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 500 rice");

        var reply = await book.SendForReplyAsync("balance Ramesh");

        var history = Assert.Single(reply.Buttons);
        Assert.Contains("rice", await book.SendAsync(history.Action));
    }

    [Fact]
    public async Task Every_new_entry_offers_undo_of_that_entry()
    {
        await using var book = await TestBook.CreateAsync();
        var first = await book.SendForReplyAsync("add Ramesh 500 rice");
        await book.SendAsync("add Ramesh 300 oil");

        var undo = Assert.Single(first.Buttons);
        await book.SendAsync(undo.Action);

        Assert.Contains("owes ₹300", await book.SendAsync("balance Ramesh"));
    }
}
