using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Reports;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Reports.NovemberBook;

namespace KhataBot.Integration.Tests.Budgets;

public sealed class ShowBudgetsTests
{
    [Fact]
    public async Task With_no_budgets_it_shows_how_to_set_one()
    {
        await using var book = await TestBook.CreateAsync();

        var text = (await book.RunAsync(new ShowBudgets())).Text;

        Assert.Equal(
            "No budgets yet. Set a monthly limit for a category, for example: budget food 5000\n"
            + "Categories: food, transport, bills, rent, salary, stock, others",
            text);
    }

    [Fact]
    public async Task Each_budget_shows_this_months_spending_and_the_rest_are_listed_briefly()
    {
        await using var book = await TestBook.CreateAsync();
        await FillAsync(book);
        await new LedgerRows(book).ExpenseAsync(5000, "food", Oct(30)); // last month: not counted
        await book.RunAsync(new AddCategory("packaging"));
        await book.RunAsync(new SetBudget("rent", 2500));
        await book.RunAsync(new SetBudget("food", 2000));
        await book.RunAsync(new SetBudget("packaging", 300));

        var text = (await book.RunAsync(new ShowBudgets())).Text;

        // Food: 1,000 + 500 (the deleted 9,999 does not count); rent 3,000; bills 500 has no budget.
        Assert.Equal(
            """
            Budgets for November 2026 (day 21 of 30):
            • food: ₹1,500 of ₹2,000 (75%), ₹500 left
            • packaging: ₹0 of ₹300 (0%), ₹300 left
            • rent: ₹3,000 of ₹2,500 (120%), ₹500 over
            No budget: transport, bills (₹500 spent), salary, stock, others
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public async Task Another_chats_budgets_and_spending_are_not_shown()
    {
        await using var book = await TestBook.CreateAsync();
        await FillAsync(book);
        await book.RunAsync(new SetBudget("food", 2000));

        var text = (await book.RunAsync(new ShowBudgets(), chatId: OtherChat)).Text;

        Assert.StartsWith("No budgets yet.", text);
        await book.RunAsync(new SetBudget("food", 100000), chatId: OtherChat);
        Assert.StartsWith("Budgets for November 2026 (day 21 of 30):\n• food: ₹77,777 of ₹1,00,000 (78%), ₹22,223 left",
            (await book.RunAsync(new ShowBudgets(), chatId: OtherChat)).Text);
    }
}
