using KhataBot.Core;
using KhataBot.Core.Audit;
using KhataBot.Core.Budgets;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Reports;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Budgets;

public sealed class SetBudgetTests
{
    private static Task<Dictionary<string, long>> BudgetsAsync(TestBook book, long chatId = TestBook.ChatId) =>
        book.QueryAsync(db => db.Budgets.Where(b => db.Shops.Any(s => s.Id == b.ShopId && s.ChatId == chatId))
            .ToDictionaryAsync(b => b.Category, b => b.AmountPaise));

    private static Task<List<AuditRecord>> AuditAsync(TestBook book) =>
        book.QueryAsync(db => db.AuditRecords.Where(a => a.Action == SetBudgetHandler.Action).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task Setting_a_budget_stores_it_audits_it_and_says_what_is_spent()
    {
        await using var book = await TestBook.CreateAsync();
        await new LedgerRows(book).ExpenseAsync(1500, "food", new DateOnly(2026, 11, 4));
        await new LedgerRows(book).ExpenseAsync(700, "food", new DateOnly(2026, 10, 30));

        var reply = await book.RunAsync(new SetBudget("Food", 2000));

        Assert.Equal("Budget set: food ₹2,000 a month.\nThis month so far: food: ₹1,500 of ₹2,000 (75%), ₹500 left", reply.Text);
        Assert.Equal(new Dictionary<string, long> { ["food"] = 200000 }, await BudgetsAsync(book));
        var record = Assert.Single(await AuditAsync(book));
        Assert.Equal("budget food ₹2,000", record.Summary);
        Assert.Null(record.Before);
        Assert.Equal(new BudgetSnapshot("food", 200000), AuditTrail.Read<BudgetSnapshot>(record.After));
        Assert.Equal("Owner", record.By);
    }

    [Fact]
    public async Task Changing_a_budget_keeps_the_previous_value_in_the_audit()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new SetBudget("rent", 10000));

        var reply = await book.RunAsync(new SetBudget("rent", 12500.50m));

        Assert.StartsWith("Budget set: rent ₹12,500.50 a month (was ₹10,000).", reply.Text);
        Assert.Equal(1250050, (await BudgetsAsync(book))["rent"]);
        var record = (await AuditAsync(book))[^1];
        Assert.Equal(new BudgetSnapshot("rent", 1000000), AuditTrail.Read<BudgetSnapshot>(record.Before));
        Assert.Equal(new BudgetSnapshot("rent", 1250050), AuditTrail.Read<BudgetSnapshot>(record.After));
    }

    [Fact]
    public async Task The_same_amount_again_changes_nothing()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new SetBudget("rent", 10000));

        var reply = await book.RunAsync(new SetBudget("rent", 10000));

        Assert.Equal("The rent budget is already ₹10,000 a month. Nothing changed.", reply.Text);
        Assert.Single(await AuditAsync(book));
    }

    [Fact]
    public async Task An_unknown_category_gets_the_list_and_an_example()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.RunAsync(new SetBudget("fod", 5000));

        Assert.Equal(
            "There is no category \"fod\". Categories: food, transport, bills, rent, salary, stock, others.\n"
            + "For example: budget food 5000\nTo add your own: category add packaging",
            reply.Text);
        Assert.Empty(await BudgetsAsync(book));
        Assert.Empty(await AuditAsync(book));
    }

    [Fact]
    public async Task A_shops_own_category_can_have_a_budget_once_added()
    {
        await using var book = await TestBook.CreateAsync();
        Assert.StartsWith("There is no category \"packaging\".", (await book.RunAsync(new SetBudget("packaging", 800))).Text);

        await book.RunAsync(new AddCategory("Packaging"));
        var reply = await book.RunAsync(new SetBudget("packaging", 800));

        Assert.StartsWith("Budget set: packaging ₹800 a month.", reply.Text);
        Assert.Contains("Categories: food, transport, bills, rent, salary, stock, others, packaging.",
            (await book.RunAsync(new SetBudget("nothing", 1))).Text);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0.001)]
    [InlineData(1_00_00_001)]
    public async Task Amounts_out_of_range_are_refused(decimal amount)
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.RunAsync(new SetBudget("food", amount));

        Assert.Equal("A monthly budget must be between ₹1 and ₹1,00,00,000. For example: budget food 5000", reply.Text);
        Assert.Empty(await BudgetsAsync(book));
    }

    [Fact]
    public async Task Zero_removes_a_budget_and_says_what_it_was()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new SetBudget("food", 3000));

        var reply = await book.RunAsync(new SetBudget("food", 0));

        Assert.Equal("Removed the food budget (it was ₹3,000 a month).", reply.Text);
        Assert.Empty(await BudgetsAsync(book));
        Assert.Null((await AuditAsync(book))[^1].After);
        Assert.Equal("There is no budget for food, so there is nothing to remove. To set one: budget food 5000",
            (await book.RunAsync(new SetBudget("food", 0))).Text);
    }

    [Fact]
    public async Task Budgets_belong_to_one_chat()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new SetBudget("food", 3000));

        await book.RunAsync(new SetBudget("food", 100), chatId: 2002);

        Assert.Equal(300000, (await BudgetsAsync(book))["food"]);
        Assert.Equal(10000, (await BudgetsAsync(book, 2002))["food"]);
    }

    [Fact]
    public async Task Undo_puts_back_no_budget_the_old_amount_or_a_removed_one()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new SetBudget("food", 3000));
        Assert.Equal("Undone: budget food ₹3,000. There is no food budget now.",
            await Undo.LatestAsync(book, SetBudgetHandler.Action, db => new BudgetSetUndoer(db)));
        Assert.Empty(await BudgetsAsync(book));

        await book.RunAsync(new SetBudget("food", 3000));
        await book.RunAsync(new SetBudget("food", 4000));
        Assert.Equal("Undone: budget food ₹4,000. The food budget is ₹3,000 a month again.",
            await Undo.LatestAsync(book, SetBudgetHandler.Action, db => new BudgetSetUndoer(db)));
        Assert.Equal(300000, (await BudgetsAsync(book))["food"]);

        await book.RunAsync(new SetBudget("food", 0));
        Assert.Equal("Undone: budget food removal. The food budget is ₹3,000 a month again.",
            await Undo.LatestAsync(book, SetBudgetHandler.Action, db => new BudgetSetUndoer(db)));
        Assert.Equal(300000, (await BudgetsAsync(book))["food"]);
    }

    [Fact]
    public async Task Undo_refuses_when_the_budget_changed_since()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new SetBudget("food", 3000));
        await book.QueryAsync(async db =>
        {
            (await db.Budgets.SingleAsync()).AmountPaise = 123;
            return await db.SaveChangesAsync();
        });

        Assert.Null(await Undo.LatestAsync(book, SetBudgetHandler.Action, db => new BudgetSetUndoer(db)));
        Assert.Equal(123, (await BudgetsAsync(book))["food"]);
    }

    [Fact]
    public void The_undoers_are_registered_for_their_actions()
    {
        var registered = new ServiceCollection().AddKhataCore()
            .Where(d => d.ServiceType == typeof(IUndoer))
            .Select(d => d.ImplementationType)
            .ToList();

        Assert.Contains(typeof(BudgetSetUndoer), registered);
        Assert.Contains(typeof(CategoryAddUndoer), registered);
        Assert.Equal([SetBudgetHandler.Action], new BudgetSetUndoer(null!).Actions);
        Assert.Equal([AddCategoryHandler.Action], new CategoryAddUndoer(null!).Actions);
    }
}
