using KhataBot.Core.Parsing;
using KhataBot.Core.Reports.Pictures;
using KhataBot.Infrastructure.Charts;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Reports.NovemberBook;
using static KhataBot.Integration.Tests.Reports.PictureBooks;

namespace KhataBot.Integration.Tests.Reports;

public sealed class ReportPicturesTests
{
    private static readonly ShowReport ThisWeek = new(new DateRange(Nov(16), Nov(22)), "this week (16–22 Nov 2026)");

    private static async Task WeekAsync(TestBook book, bool withExpenses = true)
    {
        var rows = new LedgerRows(book);
        await rows.CreditAsync("Ramesh", 1500, Nov(16));
        await rows.CreditAsync("Geeta", 800, Nov(17));
        await rows.PaymentAsync("Ramesh", 500, Nov(18));
        await rows.IncomeAsync(2000, "sales", Nov(19));
        if (withExpenses)
        {
            await rows.ExpenseAsync(300, "food", Nov(18));
            await rows.ExpenseAsync(1200, "bills", Nov(20));
        }
    }

    [Fact]
    public async Task A_week_with_budgets_answers_with_the_text_and_three_pictures()
    {
        await using var book = await WithChartsAsync();
        await WeekAsync(book);
        await book.RunAsync(new SetBudget("food", 2000));

        var reply = await book.RunAsync(ThisWeek);

        Assert.Equal("Report for this week (16–22 Nov 2026)", reply.Text.Split('\n')[0]);
        Assert.Equal(["credit-and-payments.png", "expenses.png", "budgets.png"], reply.Files.Select(f => f.FileName));
        var shown = book.Shown(reply);
        Assert.Equal(["credit-and-payments.png", "expenses.png", "budgets.png"], shown.Select(f => f.FileName));
        Assert.All(shown, AssertPng);
    }

    [Fact]
    public async Task Without_budgets_there_is_no_budget_picture()
    {
        await using var book = await WithChartsAsync();
        await WeekAsync(book);

        var reply = await book.SendForReplyAsync("report this week");

        Assert.Equal(["credit-and-payments.png", "expenses.png"], book.Shown(reply).Select(f => f.FileName));
    }

    [Fact]
    public async Task Without_expenses_there_is_no_donut()
    {
        await using var book = await WithChartsAsync();
        await WeekAsync(book, withExpenses: false);

        var reply = await book.RunAsync(ThisWeek);

        Assert.Equal(["credit-and-payments.png"], book.Shown(reply).Select(f => f.FileName));
    }

    [Fact]
    public async Task An_empty_period_is_text_only()
    {
        await using var book = await WithChartsAsync();
        await WeekAsync(book);

        var reply = await book.RunAsync(new ShowReport(DateRange.Month(2026, 10), "October 2026"));

        Assert.Equal("Nothing was recorded in October 2026 (1–31 Oct 2026).", reply.Text);
        Assert.Empty(reply.Files);
    }

    [Fact]
    public async Task The_book_keeps_chart_descriptions_and_the_transport_draws_them()
    {
        await using var book = await WithChartsAsync();
        await WeekAsync(book);

        var reply = await book.RunAsync(ThisWeek);

        Assert.All(reply.Files, f => Assert.Equal(ChartDescription.MediaType, f.MediaType));
        Assert.All(reply.Files, f => Assert.True(f.Content.Length < 4_000, "a description, not pixels"));
        var flow = Assert.IsType<FlowPicture>(ChartDescription.FromJson(reply.Files[0].Content).Picture);
        Assert.Equal([1500_00, 800_00, 0, 0, 0, 0, 0], flow.CreditPaise);
    }
}
