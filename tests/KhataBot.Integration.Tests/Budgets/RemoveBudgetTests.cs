using KhataBot.Integration.Tests.Ledger.Kit;
using KhataBot.Integration.Tests.Reports;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Budgets;

public sealed class RemoveBudgetTests
{
    [Fact]
    public async Task Budget_off_removes_it_is_audited_and_undo_brings_it_back()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("budget food 2000");

        Assert.Equal("Removed the food budget (it was ₹2,000 a month).", await book.SendAsync("budget food off"));
        Assert.Equal(0, await book.QueryAsync(db => db.Budgets.CountAsync()));
        Assert.Equal("budget food removed (was ₹2,000)", (await book.AuditAsync()).Last().Summary);
        Assert.StartsWith("There is no budget for food, so there is nothing to remove.", await book.SendAsync("remove budget food"));

        Assert.Equal("Undone: budget food removal. The food budget is ₹2,000 a month again.", await book.SendAsync("undo"));
        Assert.Equal(200_000, await book.QueryAsync(db => db.Budgets.Select(b => b.AmountPaise).SingleAsync()));
    }

    [Fact]
    public async Task Staff_cannot_remove_a_budget()
    {
        await using var book = await TestBook.CreateAsync();
        await book.HelperJoinsAsync();
        await book.FromOwnerAsync("budget food 2000");

        Assert.Equal("Only the shop owner can set budgets and categories. Nothing was changed.", await book.FromHelperAsync("budget food off"));
    }

    [Fact]
    public async Task Report_today_shows_the_months_use_of_each_budget()
    {
        await using var book = await TestBook.CreateAsync();
        var rows = new LedgerRows(book);
        await rows.ExpenseAsync(1500, "food", new DateOnly(2026, 11, 4));
        await rows.ExpenseAsync(700, "food", new DateOnly(2026, 10, 30));
        await book.SendAsync("budget food 3000");
        await book.SendAsync("spent 300 tea");

        var text = await book.SendAsync("report today");

        Assert.Contains("Budgets (this month so far, 1–21 Nov 2026)\n• food: ₹1,800 of ₹3,000 (60%), ₹1,200 left", text);
    }
}
