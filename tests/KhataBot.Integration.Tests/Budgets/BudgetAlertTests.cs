using KhataBot.Core.Budgets;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Budgets;

/// <summary>The alert that goes out with the expense taking a category to 80% or 100% of its monthly budget:
/// once per threshold, category and month.</summary>
public sealed class BudgetAlertTests
{
    private const string Warn80 = "⚠️ Food has reached 80% of its ₹5,000 budget for November 2026.";

    private static readonly DateOnly Today = new(2026, 11, 21);

    private static async Task<string> SpendAsync(TestBook book, decimal amount, DateOnly? date = null, string category = "food") =>
        (await book.RunAsync(new AddExpense(amount, category, null, date ?? Today))).Text;

    private static Task<List<(DateOnly Month, int Threshold)>> AlertsAsync(TestBook book) =>
        book.QueryAsync(async db => (await db.BudgetAlerts.OrderBy(a => a.Month).ThenBy(a => a.Threshold).ToListAsync())
            .Select(a => (a.Month, a.Threshold)).ToList());

    private static async Task<TestBook> FoodBudgetAsync(decimal amount = 5000)
    {
        var book = await TestBook.CreateAsync();
        await book.RunAsync(new SetBudget("food", amount));
        return book;
    }

    [Fact]
    public async Task Reaching_80_percent_alerts_once_with_that_expense()
    {
        await using var book = await FoodBudgetAsync();
        var below = await SpendAsync(book, 3000);

        var reaching = await SpendAsync(book, 1000);
        var later = await SpendAsync(book, 200);

        Assert.DoesNotContain("⚠️", below);
        Assert.EndsWith("Food this month: ₹4,000 of ₹5,000 (80%), close to the budget.\n" + Warn80, reaching);
        Assert.DoesNotContain("⚠️", later);
        Assert.EndsWith("(84%), close to the budget.", later);
        Assert.Equal([(new DateOnly(2026, 11, 1), 80)], await AlertsAsync(book));
    }

    [Fact]
    public async Task Just_under_80_percent_does_not_alert()
    {
        await using var book = await FoodBudgetAsync();

        var reply = await SpendAsync(book, 3999.99m);

        Assert.DoesNotContain("⚠️", reply);
        Assert.Empty(await AlertsAsync(book));
    }

    [Fact]
    public async Task Going_over_the_budget_alerts_once_with_what_was_spent()
    {
        await using var book = await FoodBudgetAsync();
        await SpendAsync(book, 4200);

        var over = await SpendAsync(book, 1100);
        var later = await SpendAsync(book, 500);

        Assert.EndsWith("\n🚨 Food is over its ₹5,000 budget for November 2026 (₹5,300 spent).", over);
        Assert.DoesNotContain("⚠️", over);
        Assert.DoesNotContain("🚨", later);
        Assert.EndsWith("over budget by ₹800.", later);
        Assert.Equal([(new DateOnly(2026, 11, 1), 80), (new DateOnly(2026, 11, 1), 100)], await AlertsAsync(book));
    }

    [Fact]
    public async Task Using_exactly_the_whole_budget_alerts_at_100_percent()
    {
        await using var book = await FoodBudgetAsync();
        await SpendAsync(book, 4500);

        var reply = await SpendAsync(book, 500);

        Assert.EndsWith("\n🚨 Food has used all of its ₹5,000 budget for November 2026.", reply);
    }

    [Fact]
    public async Task Crossing_both_thresholds_at_once_says_only_the_higher_but_records_both()
    {
        await using var book = await FoodBudgetAsync();

        var reply = await SpendAsync(book, 6000);
        var later = await SpendAsync(book, 100);

        Assert.EndsWith("over budget by ₹1,000.\n🚨 Food is over its ₹5,000 budget for November 2026 (₹6,000 spent).", reply);
        Assert.DoesNotContain("⚠️", reply);
        Assert.DoesNotContain("⚠️", later);
        Assert.DoesNotContain("🚨", later);
        Assert.Equal([(new DateOnly(2026, 11, 1), 80), (new DateOnly(2026, 11, 1), 100)], await AlertsAsync(book));
    }

    [Fact]
    public async Task A_new_month_alerts_again()
    {
        await using var book = await FoodBudgetAsync();
        await SpendAsync(book, 4500);

        book.Clock.Advance(TimeSpan.FromDays(11));
        var december = await SpendAsync(book, 4100, new DateOnly(2026, 12, 2));

        Assert.EndsWith("\n⚠️ Food has reached 80% of its ₹5,000 budget for December 2026.", december);
        Assert.Equal([(new DateOnly(2026, 11, 1), 80), (new DateOnly(2026, 12, 1), 80)], await AlertsAsync(book));
    }

    [Fact]
    public async Task A_back_dated_expense_alerts_for_its_own_month()
    {
        await using var book = await FoodBudgetAsync();
        await SpendAsync(book, 4500);

        var october = await SpendAsync(book, 4100, new DateOnly(2026, 10, 15));

        Assert.EndsWith("\n⚠️ Food has reached 80% of its ₹5,000 budget for October 2026.", october);
    }

    [Fact]
    public async Task Raising_the_budget_alerts_again_at_the_new_level()
    {
        await using var book = await FoodBudgetAsync();
        await SpendAsync(book, 4500);

        await book.RunAsync(new SetBudget("food", 8000));
        var below = await SpendAsync(book, 1000);
        var reaching = await SpendAsync(book, 1000);

        Assert.DoesNotContain("⚠️", below);
        Assert.EndsWith("\n⚠️ Food has reached 80% of its ₹8,000 budget for November 2026.", reaching);
    }

    [Fact]
    public async Task A_category_without_a_budget_never_alerts()
    {
        await using var book = await FoodBudgetAsync();

        var reply = await SpendAsync(book, 100000, category: "rent");

        Assert.Equal("#1 Spent ₹1,00,000 on rent.", reply);
        Assert.Empty(await AlertsAsync(book));
    }

    [Fact]
    public async Task Undoing_the_expense_that_alerted_lets_the_next_crossing_alert_again()
    {
        await using var book = await FoodBudgetAsync();
        await SpendAsync(book, 3000);
        await SpendAsync(book, 1500);

        await book.RunAsync(new UndoLast());
        Assert.Empty(await AlertsAsync(book));
        var again = await SpendAsync(book, 1200);

        Assert.EndsWith("\n" + Warn80, again);
    }

    [Fact]
    public async Task Deleting_an_expense_forgets_only_the_thresholds_no_longer_reached()
    {
        await using var book = await FoodBudgetAsync();
        await SpendAsync(book, 4000);
        await SpendAsync(book, 1500);

        await book.RunAsync(new DeleteEntry(2));
        var stillOver80 = await SpendAsync(book, 100);
        var over = await SpendAsync(book, 1000);

        Assert.Equal([(new DateOnly(2026, 11, 1), 80), (new DateOnly(2026, 11, 1), 100)], await AlertsAsync(book));
        Assert.DoesNotContain("⚠️", stillOver80);
        Assert.DoesNotContain("🚨", stillOver80);
        Assert.EndsWith("\n🚨 Food is over its ₹5,000 budget for November 2026 (₹5,100 spent).", over);
    }
}
