using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Reports.NovemberBook;
using static KhataBot.Integration.Tests.Reports.PictureBooks;

namespace KhataBot.Integration.Tests.Reports;

public sealed class ChartCommandTests
{
    /// <summary>Today is 21 Nov 2026. Payments settle the oldest credits first, so what is still owed is the
    /// latest credits: Ramesh owes 1,000 from 11 Nov (10 days) and 1,800 of the 2,000 from 22 Sep (60 days);
    /// Geeta 5,000 from 20 Aug (93 days); Anil 300 from 22 Sep (60 days) and 200 from 21 Sep (61 days);
    /// Tom 100 from today. Vijay paid in advance and owes nothing.</summary>
    private static async Task AgedBookAsync(TestBook book)
    {
        var rows = new LedgerRows(book);
        await rows.CreditAsync("Ramesh", 500, new DateOnly(2026, 7, 1));
        await rows.CreditAsync("Ramesh", 2000, new DateOnly(2026, 9, 22));
        await rows.CreditAsync("Ramesh", 1000, Nov(11));
        await rows.PaymentAsync("Ramesh", 700, Nov(15));
        await rows.CreditAsync("Geeta", 5000, new DateOnly(2026, 8, 20));
        await rows.CreditAsync("Anil", 200, new DateOnly(2026, 9, 21));
        await rows.CreditAsync("Anil", 300, new DateOnly(2026, 9, 22));
        await rows.CreditAsync("Tom", 100, Nov(21));
        await rows.PaymentAsync("Vijay", 300, Nov(9));
    }

    [Fact]
    public async Task Top_dues_lists_the_largest_first_with_how_long_each_has_owed()
    {
        await using var book = await TestBook.CreateAsync();
        await AgedBookAsync(book);

        var text = await book.SendAsync("top dues");

        Assert.Equal(
            """
            Top 4 dues: ₹8,400
            1. Geeta: ₹5,000, owed for 93 days
            2. Ramesh: ₹2,800, owed for 60 days
            3. Anil: ₹500, owed for 61 days
            4. Tom: ₹100, owed for 0 days
            By age: 0–30 days ₹1,100, 31–60 days ₹2,100, 61–90 days ₹200, 90+ days ₹5,000
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public async Task Top_dues_shows_only_the_ten_who_owe_most_and_charts_them()
    {
        await using var book = await WithChartsAsync();
        var rows = new LedgerRows(book);
        for (var i = 1; i <= 12; i++)
        {
            await rows.CreditAsync($"Customer {i:00}", i * 100, Nov(1));
        }

        var reply = await book.SendForReplyAsync("top dues");

        Assert.StartsWith("Top 10 dues: ₹7,500\n1. Customer 12: ₹1,200, owed for 20 days\n", reply.Text);
        Assert.Contains("\n10. Customer 03: ₹300,", reply.Text);
        Assert.DoesNotContain("Customer 02", reply.Text);
        AssertPng(Assert.Single(book.Shown(reply)));
    }

    [Fact]
    public async Task Top_dues_in_a_book_where_nobody_owes_says_so()
    {
        await using var book = await TestBook.CreateAsync();
        await new LedgerRows(book).PaymentAsync("Vijay", 300, Nov(9));

        Assert.Equal("Nobody owes you anything right now.", await book.SendAsync("top dues"));
    }

    [Fact]
    public async Task A_customer_chart_for_an_unknown_name_gets_the_usual_no_customer_reply()
    {
        await using var book = await WithChartsAsync();
        await AgedBookAsync(book);

        var reply = await book.SendForReplyAsync("chart Rmesh");

        Assert.Equal("No customer 'Rmesh'. Did you mean Ramesh?", reply.Text);
        Assert.Equal("chart Ramesh", Assert.Single(reply.Buttons).Action);
        Assert.Empty(reply.Files);
    }

    [Fact]
    public async Task A_customer_chart_gives_the_balance_and_one_picture()
    {
        await using var book = await WithChartsAsync();
        await AgedBookAsync(book);

        var reply = await book.SendForReplyAsync("chart ramesh");

        // Older than two months, so by month: the last twelve months hold all of Ramesh's entries.
        Assert.StartsWith("Ramesh owes ₹2,800.\n1 Jul – 21 Nov 2026: credit ₹3,500, paid ₹700.", reply.Text);
        Assert.Equal("khata.png", AssertPngAndName(book.Shown(reply)));
    }

    [Fact]
    public async Task An_expense_chart_lists_the_categories_with_one_picture()
    {
        await using var book = await WithChartsAsync();
        await FillAsync(book);

        var reply = await book.SendForReplyAsync("chart expenses november");

        Assert.Equal("Expenses in November 2026 (1–30 Nov 2026): ₹5,000\n• rent: ₹3,000 (60%)\n• food: ₹1,500 (30%)\n• bills: ₹500 (10%)", reply.Text);
        Assert.Equal("expenses.png", AssertPngAndName(book.Shown(reply)));
    }

    [Fact]
    public async Task An_expense_chart_of_a_month_without_expenses_is_one_line()
    {
        await using var book = await WithChartsAsync();
        await FillAsync(book);

        var reply = await book.SendForReplyAsync("chart expenses october");

        Assert.Equal("No expenses in October 2026 (1–31 Oct 2026).", reply.Text);
        Assert.Empty(reply.Files);
    }

    [Fact]
    public async Task A_dues_chart_counts_everyone_who_owes()
    {
        await using var book = await WithChartsAsync();
        await AgedBookAsync(book);

        var reply = await book.SendForReplyAsync("chart dues");

        Assert.Equal("4 customers owe you ₹8,400.", reply.Text);
        Assert.Equal("dues.png", AssertPngAndName(book.Shown(reply)));
    }

    private static string AssertPngAndName(IReadOnlyList<KhataBot.Core.Abstractions.ReplyFile> shown)
    {
        var file = Assert.Single(shown);
        AssertPng(file);
        return file.FileName;
    }
}
