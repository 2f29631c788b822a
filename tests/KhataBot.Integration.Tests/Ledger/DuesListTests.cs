using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

/// <summary>"overdue", "due today", "due this week", "dues Ramesh" on a book whose today is Saturday 21 Nov 2026.</summary>
public sealed class DuesListTests
{
    private static async Task<TestBook> BookAsync()
    {
        var book = await TestBook.CreateAsync();
        await book.RunAll(
            Credit("Ramesh", 500, "rice", due: Nov(18), date: Nov(10)), // #1 overdue 3 days, part paid below
            Credit("Suresh", 300, due: Nov(21)),                        // #2 due today
            Credit("Ramesh", 200, due: Nov(22)),                        // #3 due tomorrow, this week
            Credit("Mohan", 400, due: new DateOnly(2026, 12, 5)),       // #4 next month
            Credit("Mohan", 100, due: Nov(20), date: Nov(15)),          // #5 overdue, paid off below
            Pay("Ramesh", 100), Pay("Mohan", 100));
        return book;
    }

    [Fact]
    public async Task Overdue_lists_the_late_dues_with_their_dates()
    {
        await using var book = await BookAsync();

        Assert.Equal("Open dues overdue: 1 due, ₹400\n#1 Ramesh ₹400 due 18 Nov (part paid, overdue 3 days)", await book.SendAsync("overdue"));
    }

    [Fact]
    public async Task Due_today_and_due_this_week_list_what_falls_in_them()
    {
        await using var book = await BookAsync();

        Assert.Equal("Open dues due today (21 Nov): 1 due, ₹300\n#2 Suresh ₹300 due 21 Nov (due today)", await book.SendAsync("due today"));
        Assert.Equal(
            "Open dues due this week (16 Nov – 22 Nov): 3 dues, ₹900\n#1 Ramesh ₹400 due 18 Nov (part paid, overdue 3 days)\n#2 Suresh ₹300 due 21 Nov (due today)\n#3 Ramesh ₹200 due 22 Nov",
            await book.SendAsync("due this week"));
        Assert.Equal("No open dues due next week (23 Nov – 29 Nov).", await book.SendAsync("due next week"));
    }

    [Fact]
    public async Task Dues_of_one_customer_list_only_theirs_and_plain_dues_stay_the_balances()
    {
        await using var book = await BookAsync();

        Assert.Equal("Open dues of Ramesh: 2 dues, ₹600\n#1 ₹400 due 18 Nov (part paid, overdue 3 days)\n#3 ₹200 due 22 Nov", await book.SendAsync("dues ramesh"));
        Assert.Equal("Open dues of Mohan: 1 due, ₹400\n#4 ₹400 due 5 Dec", await book.SendAsync("dues Mohan"));
        Assert.Equal("No open dues of Mohan, overdue.", await book.SendAsync("overdue Mohan"));
        Assert.StartsWith("3 customers owe you ₹1,300:", await book.SendAsync("dues"));
    }

    [Fact]
    public async Task Dues_of_an_unknown_name_suggest_the_close_ones()
    {
        await using var book = await BookAsync();

        var reply = await book.SendForReplyAsync("dues Rmesh");

        Assert.Equal("No customer 'Rmesh'. Did you mean Ramesh?", reply.Text);
        Assert.Equal("dues Ramesh", Assert.Single(reply.Buttons).Action);
    }

    [Fact]
    public async Task Another_chats_dues_are_not_shown()
    {
        await using var book = await BookAsync();

        Assert.Equal("No open dues overdue.", await book.SendAsync("overdue", chatId: 2002));
    }
}
