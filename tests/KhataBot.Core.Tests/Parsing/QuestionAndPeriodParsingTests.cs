using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>Questions as people ask them, and the periods reports, charts and questions read.</summary>
public class QuestionAndPeriodParsingTests
{
    [Theory]
    [InlineData("Ramesh ka kitna baaki hai", "Ramesh")]
    [InlineData("Ramesh kitna baaki hai", "Ramesh")]
    [InlineData("Ramesh Kumar ka kitna baki hai?", "Ramesh Kumar")]
    [InlineData("how much does Ramesh owe", "Ramesh")]
    [InlineData("how much does Ramesh Kumar owe?", "Ramesh Kumar")]
    [InlineData("रमेश का कितना बाकी है", "रमेश")]
    public void A_customers_balance(string message, string customer)
    {
        Assert.Equal(new ShowBalance(customer), Parse(message));
    }

    [Theory]
    [InlineData("sabka hisaab")]
    [InlineData("sab ka hisaab")]
    [InlineData("सबका हिसाब")]
    public void Everybodys_balance(string message)
    {
        Assert.IsType<ShowBalances>(Parse(message));
    }

    [Theory]
    [InlineData("how much did I spend on tea this month", null, "tea", "2026-11-01", "2026-11-30")]
    [InlineData("how much did I spend on tea", null, "tea", "2026-11-01", "2026-11-30")]
    [InlineData("petrol pe kitna kharcha hua is mahine", null, "petrol", "2026-11-01", "2026-11-30")]
    [InlineData("petrol pe kitna kharcha hua pichle mahine", null, "petrol", "2026-10-01", "2026-10-31")]
    [InlineData("how much did I spend on food last month", "food", null, "2026-10-01", "2026-10-31")]
    [InlineData("how much did i spend on tea last 7 days", null, "tea", "2026-11-15", "2026-11-21")]
    [InlineData("चाय पे कितना खर्च हुआ इस महीने", null, "चाय", "2026-11-01", "2026-11-30")]
    public void Spending_on_a_category_or_an_item_over_a_period(string message, string? category, string? note, string from, string to)
    {
        var spending = Assert.IsType<ShowSpending>(Parse(message));
        Assert.Equal(category, spending.Category);
        Assert.Equal(note, spending.Note);
        Assert.Equal(new DateRange(Date(from), Date(to)), spending.Period);
    }

    [Theory]
    [InlineData("profit this month", "2026-11-01", "2026-11-30")]
    [InlineData("profit", "2026-11-01", "2026-11-30")]
    [InlineData("munafa", "2026-11-01", "2026-11-30")]
    [InlineData("kitna munafa hua is mahine", "2026-11-01", "2026-11-30")]
    [InlineData("pichle mahine ka munafa", "2026-10-01", "2026-10-31")]
    [InlineData("profit last 3 months", "2026-08-22", "2026-11-21")]
    [InlineData("मुनाफा", "2026-11-01", "2026-11-30")]
    public void Profit_over_a_period(string message, string from, string to)
    {
        Assert.Equal(new DateRange(Date(from), Date(to)), Assert.IsType<ShowProfit>(Parse(message)).Period);
    }

    [Theory]
    [InlineData("report from 1 june to 30 june", "2026-06-01", "2026-06-30")]
    [InlineData("report 1/6 to 15/6", "2026-06-01", "2026-06-15")]
    [InlineData("report from 1 nov to 30 nov", "2026-11-01", "2026-11-30")]
    [InlineData("report 20 dec to 5 jan", "2025-12-20", "2026-01-05")]
    [InlineData("report last 7 days", "2026-11-15", "2026-11-21")]
    [InlineData("report last 3 months", "2026-08-22", "2026-11-21")]
    [InlineData("report pichle 7 din", "2026-11-15", "2026-11-21")]
    [InlineData("report is mahine", "2026-11-01", "2026-11-30")]
    [InlineData("report pichle mahine", "2026-10-01", "2026-10-31")]
    [InlineData("report aaj", "2026-11-21", "2026-11-21")]
    [InlineData("report kal", "2026-11-20", "2026-11-20")]
    [InlineData("report 1 june se 15 june tak", "2026-06-01", "2026-06-15")]
    public void Report_periods(string message, string from, string to)
    {
        Assert.Equal(new DateRange(Date(from), Date(to)), Assert.IsType<ShowReport>(Parse(message)).Period);
    }

    [Fact]
    public void A_chart_reads_the_same_ranges()
    {
        Assert.Equal(new DateRange(Date("2026-06-01"), Date("2026-06-30")), Assert.IsType<ShowExpenseChart>(Parse("chart expenses from 1 june to 30 june")).Period);
    }

    [Fact]
    public void A_range_without_a_year_is_the_latest_that_has_started()
    {
        Assert.Equal(new DateRange(Date("2025-11-25"), Date("2025-11-30")), Assert.IsType<ShowReport>(Parse("report from 25 nov to 30 nov")).Period);
    }

    [Fact]
    public void Questions_are_written_with_their_fields()
    {
        Assert.StartsWith("""{"intent":"spending","customer":null,"amount":null,"note":"tea","category":null,"date":null,"due":null,"period":{"from":"2026-11-01","to":"2026-11-30"}""",
            CommandJson.ToJson(Parse("how much did I spend on tea this month")));
        Assert.StartsWith("""{"intent":"profit","customer":null,"amount":null,"note":null,"category":null,"date":null,"due":null,"period":{"from":"2026-11-01","to":"2026-11-30"}""",
            CommandJson.ToJson(Parse("profit this month")));
    }
}
