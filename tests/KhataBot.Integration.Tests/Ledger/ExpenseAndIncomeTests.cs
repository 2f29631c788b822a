using KhataBot.Core.Ledger;
using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Ledger.Kit.Say;

namespace KhataBot.Integration.Tests.Ledger;

public sealed class ExpenseAndIncomeTests
{
    [Fact]
    public async Task An_expense_is_recorded_under_its_lower_case_category()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.Run(Spent(300, "Food", "tea"));

        Assert.Equal("#1 Spent ₹300 on food (tea).", reply);
        var entry = await book.EntryAsync(1);
        Assert.Equal((EntryKind.Expense, "food", "tea", (long?)null), (entry.Kind, entry.Category, entry.Note, entry.CustomerId));
        Assert.Equal("entry.add", Assert.Single(await book.AuditAsync()).Action);
    }

    [Fact]
    public async Task An_income_is_recorded_under_its_source()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.Run(Income(1000, "Rent"));

        Assert.Equal("#1 Income ₹1,000 from rent.", reply);
        var entry = await book.EntryAsync(1);
        Assert.Equal((EntryKind.Income, "rent"), (entry.Kind, entry.Category));
        Assert.Empty(await book.QueryAsync(db => Task.FromResult(db.Customers.ToList())));
    }

    [Fact]
    public async Task An_expense_in_a_budgeted_category_shows_the_month_so_far()
    {
        await using var book = await TestBook.CreateAsync();
        await book.AddBudgetAsync("food", 5000);
        await book.RunAll(Spent(1000, "food"), Spent(800, "transport"));

        var reply = await book.Run(Spent(500, "food", "tea"));

        Assert.Equal("#3 Spent ₹500 on food (tea).\nFood this month: ₹1,500 of ₹5,000 (30%).", reply);
    }

    [Fact]
    public async Task Spending_past_eighty_percent_warns_that_the_budget_is_close()
    {
        await using var book = await TestBook.CreateAsync();
        await book.AddBudgetAsync("food", 5000);
        await book.RunAll(Spent(3900, "food"));

        var reply = await book.Run(Spent(300, "food"));

        Assert.Equal("#2 Spent ₹300 on food.\nFood this month: ₹4,200 of ₹5,000 (84%), close to the budget.\n"
            + "⚠️ Food has reached 80% of its ₹5,000 budget for November 2026.", reply);
    }

    [Fact]
    public async Task Spending_past_the_budget_says_by_how_much()
    {
        await using var book = await TestBook.CreateAsync();
        await book.AddBudgetAsync("food", 5000);
        await book.RunAll(Spent(4900, "food"));

        var reply = await book.Run(Spent(400.50m, "food"));

        Assert.Equal("#2 Spent ₹400.50 on food.\nFood this month: ₹5,300.50 of ₹5,000 (106%), over budget by ₹300.50.\n"
            + "🚨 Food is over its ₹5,000 budget for November 2026 (₹5,300.50 spent).", reply);
    }

    [Fact]
    public async Task Only_live_expenses_of_the_same_month_count_towards_the_budget()
    {
        await using var book = await TestBook.CreateAsync();
        await book.AddBudgetAsync("food", 1000);
        await book.RunAll(
            Spent(700, "food", date: new DateOnly(2026, 10, 31)), // last month
            Spent(200, "food"),
            new Core.Parsing.DeleteEntry(2));

        var reply = await book.Run(Spent(100, "food"));

        Assert.EndsWith("\nFood this month: ₹100 of ₹1,000 (10%).", reply);
    }

    [Fact]
    public async Task A_back_dated_expense_is_measured_against_its_own_month()
    {
        await using var book = await TestBook.CreateAsync();
        await book.AddBudgetAsync("food", 1000);
        await book.RunAll(Spent(700, "food", date: new DateOnly(2026, 10, 3)));

        var reply = await book.Run(Spent(200, "food", date: new DateOnly(2026, 10, 31)));

        Assert.EndsWith("\nFood in Oct 2026: ₹900 of ₹1,000 (90%), close to the budget.\n"
            + "⚠️ Food has reached 80% of its ₹1,000 budget for October 2026.", reply);
    }

    [Fact]
    public async Task Another_chats_budget_does_not_apply()
    {
        await using var book = await TestBook.CreateAsync();
        await book.AddBudgetAsync("food", 1000, chatId: 2002);

        Assert.Equal("#1 Spent ₹900 on food.", await book.Run(Spent(900, "food")));
    }

    [Fact]
    public async Task Undoing_an_expense_takes_it_out_of_the_book()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAll(Spent(300, "food", "tea"));

        Assert.Equal("Undone: #1 Spent ₹300 on food (tea).", await book.Run(new Core.Parsing.UndoLast()));
        Assert.NotNull((await book.EntryAsync(1)).DeletedAt);
    }
}
