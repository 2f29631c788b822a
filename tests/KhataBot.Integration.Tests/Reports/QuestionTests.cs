using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Reports;

/// <summary>Questions answered from the book: spending on an item or category, profit, balances.</summary>
public sealed class QuestionTests
{
    [Fact]
    public async Task Spending_on_an_item_counts_only_the_entries_that_mention_it_in_the_period()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("spent 30 chai");
        await book.SendAsync("spent 20 Chai and biscuit");
        await book.SendAsync("spent 100 lunch");
        await book.SendAsync("spent 500 tea on 5 oct");

        Assert.Equal("Spent on chai in November 2026: ₹50 (2 entries).", await book.SendAsync("chai pe kitna kharcha hua is mahine"));
        Assert.Contains("₹150", await book.SendAsync("how much did I spend on food this month"));
        Assert.Equal("Nothing spent on petrol in November 2026.", await book.SendAsync("how much did I spend on petrol this month"));
    }

    [Fact]
    public async Task Spending_on_an_item_finds_it_in_every_spelling_but_not_inside_other_words()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("spent 30 chai");
        await book.SendAsync("spent 20 चाय");
        await book.SendAsync("spent 10 Tea for staff");
        await book.SendAsync("spent 400 chaiwala stall repair");

        Assert.Equal("Spent on tea in November 2026: ₹60 (3 entries).", await book.SendAsync("how much did I spend on tea this month"));
    }

    [Fact]
    public async Task Profit_is_income_minus_expenses_and_leaves_udhar_out()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("aaj ki sale 4500");
        await book.SendAsync("spent 500 rent");
        await book.SendAsync("add Ramesh 1000");

        var reply = await book.SendAsync("munafa");

        Assert.StartsWith("Profit in November 2026: ₹4,000", reply);
        Assert.Contains("Udhar given (₹1,000)", reply);
    }

    [Fact]
    public async Task A_balance_question_in_hinglish_answers_the_balance()
    {
        await using var book = await TestBook.CreateAsync();
        await book.SendAsync("Ramesh ne 500 ka saman liya");

        Assert.Contains("₹500", await book.SendAsync("Ramesh ka kitna baaki hai"));
    }
}
