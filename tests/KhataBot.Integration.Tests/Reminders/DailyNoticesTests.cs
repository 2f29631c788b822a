using KhataBot.Core.Parsing;
using KhataBot.Core.Reminders.Notices;
using KhataBot.Infrastructure.Scheduling.Notices;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static KhataBot.Integration.Tests.Reminders.ReminderKit;

namespace KhataBot.Integration.Tests.Reminders;

/// <summary>The daily round of budget pace warnings and last month's summary, on the book's clock.</summary>
public sealed class DailyNoticesTests
{
    private const long OtherChat = 2002;

    /// <summary>What the bot keeps between rounds, as its singleton does: one per test.</summary>
    private readonly PaceChecks _checks = new();

    private Task<int> RoundAtAsync(TestBook book, DateTimeOffset now)
    {
        var checks = _checks;
        book.Clock.Now = now;
        return book.QueryAsync(db => new DailyNoticesRound(db, book.Engine, book.Clock, checks).RunAsync(CancellationToken.None));
    }

    private static Task<List<(long Chat, string Text)>> NoticesAsync(TestBook book, string prefix) =>
        book.QueryAsync(async db => (await db.OutboxMessages.Where(m => m.Text.StartsWith(prefix)).OrderBy(m => m.Id).ToListAsync())
            .Select(m => (m.ChatId, m.Text)).ToList());

    private static Task Spend(TestBook book, decimal amount, string category, DateOnly date, long chat = TestBook.ChatId) =>
        book.RunAsync(new AddExpense(amount, category, null, date), chat);

    [Fact]
    public async Task A_budget_on_pace_to_run_over_is_warned_of_once_a_month()
    {
        await using var book = await TestBook.CreateAsync(India(11, 2, 10));
        await book.RunAsync(new SetBudget("food", 9000));
        await book.RunAsync(new SetBudget("rent", 10000));
        await book.RunAsync(new SetBudget("stock", 20000));
        await Spend(book, 3000, "food", new DateOnly(2026, 11, 3));
        await Spend(book, 10000, "rent", new DateOnly(2026, 11, 3)); // used up: the 100% alert said so already
        await Spend(book, 1000, "stock", new DateOnly(2026, 11, 3)); // on pace to stay under

        Assert.Equal(1, await RoundAtAsync(book, India(11, 10, 9, 5)));
        Assert.Equal(0, await RoundAtAsync(book, India(11, 10, 9, 10)));
        Assert.Equal(0, await RoundAtAsync(book, India(11, 11, 9, 5)));

        var food = "📈 Food is on pace to pass its ₹9,000 budget: ₹3,000 spent in 9 days of November, about ₹10,000 by 30 Nov at this rate.";
        Assert.Equal([(TestBook.ChatId, food)], await NoticesAsync(book, "📈"));

        // A new month warns again, of its own pace.
        await Spend(book, 4000, "food", new DateOnly(2026, 12, 2));
        await RoundAtAsync(book, India(12, 5, 9, 5));
        Assert.Equal(
            "📈 Food is on pace to pass its ₹9,000 budget: ₹4,000 spent in 4 days of December, about ₹31,000 by 31 Dec at this rate.",
            (await NoticesAsync(book, "📈"))[^1].Text);
        Assert.Equal(2, await book.QueryAsync(db => db.MonthlyNotices.CountAsync(n => n.Kind == NoticeKind.BudgetPace)));
    }

    [Theory]
    [InlineData("Asia/Kolkata", 3, 30)] // 09:00 in India is 03:30 UTC
    [InlineData("America/New_York", 14, 0)] // 09:00 in New York, on standard time since 1 Nov, is 14:00 UTC
    public async Task Last_months_summary_comes_once_at_the_shops_reminder_time_on_the_first(string zone, int utcHour, int utcMinute)
    {
        await using var book = await TestBook.CreateAsync(India(11, 2, 10));
        await book.SendAsync($"timezone {zone}");
        await book.SendAsync("add Ramesh 1500 atta");
        await book.RunAsync(new SetBudget("food", 5000));
        await Spend(book, 4500, "food", new DateOnly(2026, 11, 5));
        await Spend(book, 300, "others", new DateOnly(2026, 11, 6));
        await book.SendAsync("budgets", OtherChat); // a shop with nothing in November
        var nine = new DateTimeOffset(2026, 12, 1, utcHour, utcMinute, 0, TimeSpan.Zero);

        await RoundAtAsync(book, nine.AddMinutes(-1));
        Assert.Empty(await NoticesAsync(book, "📅"));

        Assert.Equal(1, await RoundAtAsync(book, nine));
        await book.RunAsync(new AddPayment("Ramesh", 500, null, new DateOnly(2026, 12, 1)));
        Assert.Equal(0, await RoundAtAsync(book, nine.AddMinutes(5)));
        Assert.Equal(0, await RoundAtAsync(book, nine.AddDays(1)));

        var summary = Assert.Single(await NoticesAsync(book, "📅"));
        Assert.Equal((TestBook.ChatId, """
            📅 November 2026 in short
            Spent against budgets:
            • food: ₹4,500 of ₹5,000 (90%), ₹500 left
            • others: ₹300 (no budget)
            Customers owed you ₹1,500 at the end of the month.
            """.ReplaceLineEndings("\n")), summary);
        Assert.Equal(2, await book.QueryAsync(db => db.MonthlyNotices.CountAsync(n => n.Kind == NoticeKind.MonthSummary)));
        Assert.StartsWith("Report for November 2026", await book.SendAsync("report november 2026"));
    }

    [Fact]
    public async Task Rounds_run_at_the_same_time_send_each_notice_once()
    {
        await using var book = await TestBook.CreateAsync(India(11, 2, 10));
        await book.RunAsync(new SetBudget("food", 1000));
        await Spend(book, 900, "food", new DateOnly(2026, 11, 3));
        book.Clock.Now = India(12, 1, 9, 5);
        await Spend(book, 200, "food", new DateOnly(2026, 12, 1));
        book.Clock.Now = India(12, 2, 9, 5);

        // Two rounds, each with its own context and its own memory of pace checks, as two schedulers would be.
        var rounds = Enumerable.Range(0, 2).Select(_ => book.QueryAsync(db => new DailyNoticesRound(db, book.Engine, book.Clock, new PaceChecks()).RunAsync(CancellationToken.None)));
        var sent = await Task.WhenAll(rounds);

        Assert.Equal(2, sent.Sum());
        Assert.Single(await NoticesAsync(book, "📅"));
        Assert.Equal(
            "📈 Food is on pace to pass its ₹1,000 budget: ₹200 spent in 1 day of December, about ₹6,200 by 31 Dec at this rate.",
            Assert.Single(await NoticesAsync(book, "📈")).Text);
    }

    [Fact]
    public async Task A_shop_started_this_month_hears_no_summary_of_the_month_before()
    {
        await using var book = await TestBook.CreateAsync(India(11, 21, 10));
        await book.RunAsync(new AddExpense(500, "food", null, new DateOnly(2026, 10, 30))); // written back into October
        await book.SendAsync("add Ramesh 200");

        await RoundAtAsync(book, India(11, 21, 10, 5));
        Assert.Empty(await NoticesAsync(book, "📅"));

        await RoundAtAsync(book, India(12, 1, 9, 0));
        Assert.Equal("📅 November 2026 in short\nNo spending recorded.\nCustomers owed you ₹200 at the end of the month.", Assert.Single(await NoticesAsync(book, "📅")).Text);
    }

    [Fact]
    public async Task With_reminders_off_the_shop_hears_no_notices()
    {
        await using var book = await TestBook.CreateAsync(India(11, 2, 10));
        await book.SendAsync("reminders off");
        await book.RunAsync(new SetBudget("food", 1000));
        await Spend(book, 900, "food", new DateOnly(2026, 11, 3));

        Assert.Equal(0, await RoundAtAsync(book, India(11, 10, 9, 5)));
        Assert.Equal(0, await RoundAtAsync(book, India(12, 1, 9, 5)));
        Assert.Equal(0, await book.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }
}
