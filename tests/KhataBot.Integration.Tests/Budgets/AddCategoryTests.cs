using KhataBot.Core.Audit;
using KhataBot.Core.Budgets;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Reports;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Budgets;

public sealed class AddCategoryTests
{
    private static Task<List<ShopCategory>> CategoriesAsync(TestBook book) =>
        book.QueryAsync(db => db.ShopCategories.OrderBy(c => c.Id).ToListAsync());

    [Fact]
    public async Task A_category_is_stored_lower_case_with_single_spaces_and_audited()
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.RunAsync(new AddCategory("  Packing   Material "));

        Assert.Equal("Added the category \"packing material\". To give it a monthly limit: budget packing material 5000", reply.Text);
        var category = Assert.Single(await CategoriesAsync(book));
        Assert.Equal("packing material", category.Name);
        Assert.Null(category.RemovedAt);
        var record = await book.QueryAsync(db => db.AuditRecords.SingleAsync(a => a.Action == AddCategoryHandler.Action));
        Assert.Equal("category packing material", record.Summary);
        Assert.Null(record.Before);
        Assert.Equal(new CategorySnapshot("packing material", null), AuditTrail.Read<CategorySnapshot>(record.After));
    }

    [Theory]
    [InlineData("सब्ज़ी")]
    [InlineData("diesel 2")]
    [InlineData("ab")]
    public async Task Letters_in_any_script_and_digits_are_fine(string name)
    {
        await using var book = await TestBook.CreateAsync();

        Assert.StartsWith("Added the category", (await book.RunAsync(new AddCategory(name))).Text);
        Assert.Equal(name, Assert.Single(await CategoriesAsync(book)).Name);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcde")]
    [InlineData("pack-ing")]
    [InlineData("tea;")]
    [InlineData("123")]
    [InlineData("   ")]
    public async Task Bad_names_are_refused_with_the_rule_and_an_example(string name)
    {
        await using var book = await TestBook.CreateAsync();

        var reply = await book.RunAsync(new AddCategory(name));

        Assert.Equal("A category name needs 2 to 30 letters, digits or spaces, with at least one letter. For example: category add packaging", reply.Text);
        Assert.Empty(await CategoriesAsync(book));
    }

    [Fact]
    public async Task Built_in_and_existing_categories_are_not_added_twice()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new AddCategory("packaging"));

        Assert.Equal("\"food\" is already a built-in category; you can use it straight away.", (await book.RunAsync(new AddCategory("FOOD"))).Text);
        Assert.Equal("You already have the category \"packaging\".", (await book.RunAsync(new AddCategory("Packaging"))).Text);
        Assert.Single(await CategoriesAsync(book));
    }

    [Fact]
    public async Task Undo_removes_it_and_adding_it_again_brings_the_same_row_back()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new AddCategory("packaging"));

        Assert.Equal("Undone: category \"packaging\" is removed.",
            await Undo.LatestAsync(book, AddCategoryHandler.Action, db => new CategoryAddUndoer(db)));
        var removed = Assert.Single(await CategoriesAsync(book));
        Assert.Equal(book.Clock.Now, removed.RemovedAt);
        Assert.StartsWith("There is no category \"packaging\".", (await book.RunAsync(new SetBudget("packaging", 500))).Text);

        Assert.StartsWith("Added the category \"packaging\".", (await book.RunAsync(new AddCategory("packaging"))).Text);
        var back = Assert.Single(await CategoriesAsync(book));
        Assert.Equal(removed.Id, back.Id);
        Assert.Null(back.RemovedAt);
        var record = await book.QueryAsync(db => db.AuditRecords.Where(a => a.Action == AddCategoryHandler.Action).OrderBy(a => a.Id).LastAsync());
        Assert.Equal(new CategorySnapshot("packaging", book.Clock.Now), AuditTrail.Read<CategorySnapshot>(record.Before));

        Assert.NotNull(await Undo.LatestAsync(book, AddCategoryHandler.Action, db => new CategoryAddUndoer(db)));
        Assert.NotNull(Assert.Single(await CategoriesAsync(book)).RemovedAt);
    }

    [Fact]
    public async Task Undo_is_refused_while_a_budget_or_an_expense_uses_the_category()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new AddCategory("packaging"));
        await book.RunAsync(new SetBudget("packaging", 500));

        Assert.Null(await Undo.LatestAsync(book, AddCategoryHandler.Action, db => new CategoryAddUndoer(db)));

        await book.RunAsync(new SetBudget("packaging", 0));
        var rows = new LedgerRows(book);
        var expense = await rows.ExpenseAsync(40, "packaging", new DateOnly(2026, 11, 20));
        Assert.Null(await Undo.LatestAsync(book, AddCategoryHandler.Action, db => new CategoryAddUndoer(db)));

        await rows.DeleteAsync(expense);
        Assert.NotNull(await Undo.LatestAsync(book, AddCategoryHandler.Action, db => new CategoryAddUndoer(db)));
        Assert.NotNull(Assert.Single(await CategoriesAsync(book)).RemovedAt);
    }
}
