using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Support;
using static KhataBot.Integration.Tests.Reports.NovemberBook;

namespace KhataBot.Integration.Tests.Reports;

public sealed class ShowReportTests
{
    private static async Task<TestBook> NovemberAsync()
    {
        var book = await TestBook.CreateAsync();
        await FillAsync(book);
        return book;
    }

    [Fact]
    public async Task A_month_report_has_the_hand_worked_figures()
    {
        await using var book = await NovemberAsync();
        await book.RunAsync(new SetBudget("food", 2000));
        await book.RunAsync(new SetBudget("rent", 2500));

        var reply = await book.RunAsync(new ShowReport(DateRange.Month(2026, 11), "November 2026"));

        Assert.Equal(
            """
            Report for November 2026 (1–30 Nov 2026)

            Khata
            • Credit given: ₹6,250 (5 entries)
            • Payments received: ₹800 (2 entries)
            • Owed to you: ₹2,600 at the start → ₹8,050 at the end (up ₹5,450)
            • At the end customers owed ₹8,350 and had paid ₹300 in advance

            Owing most at the end
            1. Geeta: ₹3,000
            2. Ramesh: ₹2,100
            3. Suresh: ₹1,500
            4. Anil: ₹800
            5. Tom: ₹700

            Expenses: ₹5,000
            • rent: ₹3,000 (60%)
            • food: ₹1,500 (30%)
            • bills: ₹500 (10%)

            Income: ₹2,500
            • sales: ₹2,000
            • repairs: ₹500

            Budgets
            • food: ₹1,500 of ₹2,000 (75%), ₹500 left
            • rent: ₹3,000 of ₹2,500 (120%), ₹500 over

            Net cash: -₹1,700 (income + payments − expenses)
            """.ReplaceLineEndings("\n"),
            reply.Text);
        Assert.Empty(reply.Files);
    }

    [Fact]
    public async Task An_earlier_month_works_back_from_todays_balances()
    {
        await using var book = await NovemberAsync();

        var text = (await book.RunAsync(new ShowReport(DateRange.Month(2026, 10), "October 2026"))).Text;

        Assert.StartsWith("Report for October 2026 (1–31 Oct 2026)", text);
        Assert.Contains("• Credit given: ₹3,000 (2 entries)", text);
        Assert.Contains("• Payments received: ₹400 (1 entry)", text);
        Assert.Contains("• Owed to you: ₹0 at the start → ₹2,600 at the end (up ₹2,600)", text);
        Assert.Contains("Owing most at the end\n1. Suresh: ₹2,000\n2. Ramesh: ₹600\n\n", text);
        Assert.DoesNotContain("advance", text);
        Assert.Contains("Expenses: none", text);
        Assert.Contains("Income: none", text);
        Assert.EndsWith("Net cash: +₹400 (income + payments − expenses)", text);
    }

    [Fact]
    public async Task A_year_report_scales_monthly_budgets_to_twelve_months()
    {
        await using var book = await NovemberAsync();
        await book.RunAsync(new SetBudget("food", 2000));

        var text = (await book.RunAsync(new ShowReport(DateRange.Year(2026), "2026"))).Text;

        Assert.StartsWith("Report for 2026 (1 Jan – 31 Dec 2026)", text);
        Assert.Contains("• Credit given: ₹9,250 (7 entries)", text);
        Assert.Contains("• Payments received: ₹1,200 (3 entries)", text);
        Assert.Contains("• Owed to you: ₹0 at the start → ₹8,050 at the end (up ₹8,050)", text);
        Assert.Contains("Expenses: ₹5,000\n", text);
        Assert.Contains("Budgets (monthly limits × 12 months)\n• food: ₹1,500 of ₹24,000 (6%), ₹22,500 left", text);
        Assert.EndsWith("Net cash: -₹1,300 (income + payments − expenses)", text);
    }

    [Fact]
    public async Task An_empty_period_gets_a_friendly_line_and_what_was_owed()
    {
        await using var book = await NovemberAsync();

        var before = (await book.RunAsync(new ShowReport(DateRange.Month(2026, 9), "September 2026"))).Text;
        var after = (await book.RunAsync(new ShowReport(DateRange.Month(2026, 12), "December 2026"))).Text;

        Assert.Equal("Nothing was recorded in September 2026 (1–30 Sep 2026).", before);
        Assert.Equal("Nothing was recorded in December 2026 (1–31 Dec 2026).\nCustomers owed you ₹8,050 at the end of it.", after);
    }

    [Fact]
    public async Task A_new_book_reports_nothing()
    {
        await using var book = await TestBook.CreateAsync();

        var text = (await book.RunAsync(new ShowReport(DateRange.Month(2026, 11), "November 2026"))).Text;

        Assert.Equal("Nothing was recorded in November 2026 (1–30 Nov 2026).", text);
    }

    [Fact]
    public async Task Another_chat_sees_only_its_own_book()
    {
        await using var book = await NovemberAsync();

        var text = (await book.RunAsync(new ShowReport(DateRange.Month(2026, 11), "November 2026"), chatId: OtherChat)).Text;

        Assert.Contains("• Credit given: ₹99,999 (1 entry)", text);
        Assert.Contains("• Payments received: ₹0 (0 entries)", text);
        Assert.Contains("Owing most at the end\n1. Ramesh: ₹99,999\n\n", text);
        Assert.Contains("Expenses: ₹77,777\n• food: ₹77,777 (100%)", text);
        Assert.Contains("Income: ₹55,555\n• sales: ₹55,555", text);
        Assert.DoesNotContain("Geeta", text);
    }

    [Fact]
    public async Task Deleted_entries_are_left_out_even_when_they_are_the_only_ones()
    {
        await using var book = await TestBook.CreateAsync();
        var rows = new LedgerRows(book);
        await rows.DeleteAsync(await rows.CreditAsync("Ramesh", 500, Nov(2)));
        await rows.DeleteAsync(await rows.ExpenseAsync(200, "food", Nov(3)));

        var text = (await book.RunAsync(new ShowReport(DateRange.Month(2026, 11), "November 2026"))).Text;

        Assert.Equal("Nothing was recorded in November 2026 (1–30 Nov 2026).", text);
    }

    [Fact]
    public async Task Expense_shares_add_up_to_exactly_one_hundred()
    {
        await using var book = await TestBook.CreateAsync();
        var rows = new LedgerRows(book);
        await rows.ExpenseAsync(100, "food", Nov(1));
        await rows.ExpenseAsync(100, "rent", Nov(1));
        await rows.ExpenseAsync(100, "bills", Nov(1));
        await rows.ExpenseAsync(0.5m, "transport", Nov(1));

        var text = (await book.RunAsync(new ShowReport(DateRange.Month(2026, 11), "November 2026"))).Text;

        // 300.50 split three ways plus a sliver: 33.28% each and 0.17%, rounded so they still add to 100.
        Assert.Contains("Expenses: ₹300.50\n• bills: ₹100 (34%)\n• food: ₹100 (33%)\n• rent: ₹100 (33%)\n• transport: ₹0.50 (<1%)", text);
    }

    [Fact]
    public async Task Top_customers_are_the_five_owing_most_with_ties_by_name()
    {
        await using var book = await TestBook.CreateAsync();
        var rows = new LedgerRows(book);
        foreach (var (name, amount) in new[] { ("Zeba", 500m), ("Amit", 500m), ("Mohan", 900m), ("Lata", 100m), ("Raju", 1200m), ("Hari", 300m), ("Devi", 50m) })
        {
            await rows.CreditAsync(name, amount, Nov(1));
        }

        await rows.PaymentAsync("Raju", 1000, Nov(2));

        var text = (await book.RunAsync(new ShowReport(DateRange.Month(2026, 11), "November 2026"))).Text;

        Assert.Contains("Owing most at the end\n1. Mohan: ₹900\n2. Amit: ₹500\n3. Zeba: ₹500\n4. Hari: ₹300\n5. Raju: ₹200\n\n", text);
    }

    [Fact]
    public async Task A_part_of_a_month_shows_the_months_use_so_far_against_the_whole_budget()
    {
        await using var book = await NovemberAsync();
        await book.RunAsync(new SetBudget("food", 3000));

        var text = (await book.RunAsync(new ShowReport(new DateRange(Nov(1), Nov(10)), "1–10 Nov"))).Text;

        // Food spent from the 1st to the 10th: 1,000 + 500, against the month's 3,000 (not a third of it).
        Assert.Contains("Budgets (this month so far, 1–10 Nov 2026)\n• food: ₹1,500 of ₹3,000 (50%), ₹1,500 left", text);
    }

    [Fact]
    public async Task A_period_across_two_months_still_prorates_the_budget()
    {
        await using var book = await NovemberAsync();
        await book.RunAsync(new SetBudget("food", 3000));

        var text = (await book.RunAsync(new ShowReport(new DateRange(new DateOnly(2026, 10, 22), Nov(10)), "22 Oct – 10 Nov"))).Text;

        Assert.Contains("Budgets (monthly limits prorated to 20 days)", text);
    }
}
