using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Budgets;

/// <summary>"undo" finds the budget and category undoers by their actions, through the real engine.</summary>
public sealed class UndoCommandTests
{
    [Fact]
    public async Task Undo_walks_back_budget_changes_and_a_new_category()
    {
        await using var book = await TestBook.CreateAsync();
        await book.RunAsync(new AddCategory("packaging"));
        await book.RunAsync(new SetBudget("packaging", 500));
        await book.RunAsync(new SetBudget("packaging", 800));

        Assert.Equal("Undone: budget packaging ₹800. The packaging budget is ₹500 a month again.", (await book.RunAsync(new UndoLast())).Text);
        Assert.Equal("Undone: budget packaging ₹500. There is no packaging budget now.", (await book.RunAsync(new UndoLast())).Text);
        Assert.Equal("Undone: category \"packaging\" is removed.", (await book.RunAsync(new UndoLast())).Text);

        Assert.Empty(await book.QueryAsync(db => db.Budgets.ToListAsync()));
        Assert.NotNull((await book.QueryAsync(db => db.ShopCategories.SingleAsync())).RemovedAt);
    }
}
