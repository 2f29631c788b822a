using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Scheduling.Recurring;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Ledger;

/// <summary>Recurring entries typed in the chat and booked by the scheduler's round (run here directly, as the
/// Quartz job does), on a book whose clock starts on Saturday 21 Nov 2026, 10:00 in India.</summary>
public sealed class RecurringEntryTests
{
    private static async Task<int> RoundAsync(TestBook book)
    {
        await using var scope = book.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<RecurringEntriesRound>(scope.ServiceProvider).RunAsync(CancellationToken.None);
    }

    private static Task<List<OutboxMessage>> OutboxAsync(TestBook book) =>
        book.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task A_monthly_rent_is_kept_listed_and_booked_once_on_its_day_with_a_message()
    {
        await using var book = await TestBook.CreateAsync();

        Assert.Equal("Recurring: Spent ₹5,000 on rent, every month on the 1st. First on 1 Dec; I'll book it and tell you each time.\nType recurring to see them all.",
            await book.SendAsync("every month rent 5000 on 1st"));
        Assert.Equal("Recurring entries:\n1. Spent ₹5,000 on rent, every month on the 1st (next 1 Dec)\nTo stop one: cancel recurring 1", await book.SendAsync("recurring"));
        Assert.Equal(0, await RoundAsync(book));
        Assert.Empty(await book.EntriesAsync());

        book.Clock.Advance(TimeSpan.FromDays(10)); // 1 Dec, 10:00
        Assert.Equal(1, await RoundAsync(book));
        Assert.Equal(0, await RoundAsync(book));

        var entry = Assert.Single(await book.EntriesAsync());
        Assert.Equal((Core.Ledger.EntryKind.Expense, 500_000L, "rent", new DateOnly(2026, 12, 1)), (entry.Kind, entry.AmountPaise, entry.Category, entry.Date));
        var message = Assert.Single(await OutboxAsync(book));
        Assert.Equal("🔁 every month on the 1st, booked by itself:\n#1 Spent ₹5,000 on rent.", message.Text);
        Assert.Equal(TestBook.ChatId, message.ChatId);
        var button = Assert.Single(OutboxButton.Read(message.ButtonsJson));
        Assert.True(ButtonData.TryDecode(button.Data, out _, out var action));
        Assert.Equal(("↩ Undo #1", "delete #1"), (button.Text, action));
        Assert.Equal("entry.add", (await book.AuditAsync()).Last().Action);
    }

    [Fact]
    public async Task After_downtime_each_missed_day_is_booked_once()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("every month rent 5000 on 1st");

        book.Clock.Advance(TimeSpan.FromDays(73)); // 2 Feb 2027: 1 Dec, 1 Jan and 1 Feb were missed
        await RoundAsync(book);
        await RoundAsync(book);

        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1)], (await book.EntriesAsync()).Select(e => e.Date));
        Assert.Single(await OutboxAsync(book));
        Assert.Contains("(next 1 Mar)", await book.SendAsync("recurring"));
    }

    [Fact]
    public async Task A_weekly_salary_books_on_saturdays_and_a_cancelled_one_books_nothing()
    {
        await using var book = await TestBook.CreateAsync();
        Assert.StartsWith("Recurring: Spent ₹3,000 on salary, every Saturday. First on 28 Nov;", await book.SendAsync("every week salary 3000 on saturday"));
        await book.SendAsync("har mahine 1 tarikh ko kiraya 5000");

        Assert.Equal("Cancelled: Spent ₹5,000 on rent (kiraya), every month on the 1st. It will not be booked again.", await book.SendAsync("cancel recurring 2"));
        Assert.StartsWith("Undone: cancel of Spent ₹5,000 on rent (kiraya)", await book.SendAsync("undo"));
        Assert.StartsWith("Cancelled:", await book.SendAsync("cancel recurring 2"));
        Assert.Equal("There is no recurring entry 3; there are 1. Type recurring to see them.", await book.SendAsync("cancel recurring 3"));

        book.Clock.Advance(TimeSpan.FromDays(11)); // Wed 2 Dec
        await RoundAsync(book);

        var entry = Assert.Single(await book.EntriesAsync());
        Assert.Equal((300_000L, new DateOnly(2026, 11, 28)), (entry.AmountPaise, entry.Date));
    }

    [Fact]
    public async Task A_recurring_credit_needs_a_customer_the_book_knows_and_books_to_his_khata()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("add Ramesh 100");

        Assert.StartsWith("No customer 'Rmesh'.", await book.SendAsync("daily add Rmesh 60 milk"));
        Assert.StartsWith("Recurring: Ramesh +₹60 milk, every day. First on 22 Nov;", await book.SendAsync("daily add Ramesh 60 milk"));
        Assert.StartsWith("Undone: Recurring: Ramesh +₹60 milk, every day.", await book.SendAsync("undo"));
        await book.SendAsync("daily add Ramesh 60 milk");

        book.Clock.Advance(TimeSpan.FromDays(2)); // 23 Nov: 22 and 23 Nov
        await RoundAsync(book);

        Assert.Equal(22_000, (await book.CustomerAsync("Ramesh")).BalancePaise);
        await LedgerAssert.BooksAddUpAsync(book);
    }
}
