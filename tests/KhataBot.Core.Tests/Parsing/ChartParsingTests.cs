using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class ChartParsingTests
{
    public static TheoryData<string, string, string, string> ExpenseCharts => new()
    {
        // message, from, to, label (today is 21 Nov 2026)
        { "chart expenses june", "2026-06-01", "2026-06-30", "June 2026" },
        { "chart expenses", "2026-11-01", "2026-11-30", "November 2026" },
        { "chart expense last month", "2026-10-01", "2026-10-31", "October 2026" },
        { "Chart Kharcha this week", "2026-11-16", "2026-11-22", "this week (16–22 Nov 2026)" },
        { "graph of expenses 2025", "2025-01-01", "2025-12-31", "2025" },
        { "/chart expenses december", "2025-12-01", "2025-12-31", "December 2025" },
    };

    [Theory]
    [MemberData(nameof(ExpenseCharts))]
    public void Expense_charts_read_their_period_like_reports(string message, string from, string to, string label)
    {
        Assert.Equal(new ShowExpenseChart(new DateRange(Date(from), Date(to)), label), Parse(message));
    }

    [Theory]
    [InlineData("chart dues")]
    [InlineData("chart udhar")]
    [InlineData("CHART  Outstanding")]
    [InlineData("charts balances")]
    public void Dues_charts_need_no_name(string message)
    {
        Assert.IsType<ShowDuesChart>(Parse(message));
    }

    [Theory]
    [InlineData("chart Ramesh", "Ramesh")]
    [InlineData("chart ramesh kumar", "ramesh kumar")]
    [InlineData("chart of Geeta", "Geeta")]
    [InlineData("graph रमेश", "रमेश")]
    public void Any_other_chart_is_a_customers_chart(string message, string customer)
    {
        Assert.Equal(new ShowCustomerChart(customer), Parse(message));
    }

    [Theory]
    [InlineData("top dues")]
    [InlineData("Top Udhar")]
    [InlineData("top debtors")]
    [InlineData("show top dues")]
    public void Top_dues_asks_for_the_customers_owing_most(string message)
    {
        Assert.IsType<ShowTopDues>(Parse(message));
    }

    [Fact]
    public void Top_followed_by_an_amount_is_still_a_customer_called_Top()
    {
        Assert.Equal("Top", Assert.IsType<AddCredit>(Parse("Top 500 udhar")).Customer);
    }

    [Theory]
    [InlineData("chart", "Which chart?", "Try: chart expenses june, chart dues or chart Ramesh")]
    [InlineData("chart expenses blah", "didn't understand that period", "Try: chart expenses june")]
    [InlineData("chart expenses june 2027", "June 2027 hasn't happened yet", "Try: chart expenses june")]
    public void Charts_that_cannot_be_read_show_a_working_form(string message, string problem, string example)
    {
        var reason = Reason(message);

        Assert.Contains(problem, reason);
        Assert.Contains(example, reason);
    }
}
