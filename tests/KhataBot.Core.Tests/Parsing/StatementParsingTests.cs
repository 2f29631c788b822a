using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class StatementParsingTests
{
    [Theory]
    [InlineData("statement Ramesh pdf", "Ramesh")]
    [InlineData("Statement Ramesh Kumar PDF", "Ramesh Kumar")]
    [InlineData("history Ramesh pdf", "Ramesh")]
    [InlineData("khata रमेश pdf", "रमेश")]
    [InlineData("statement of Ramesh pdf", "Ramesh")]
    [InlineData("Ramesh statement pdf", "Ramesh")]
    [InlineData("Ramesh ka khata pdf", "Ramesh")]
    [InlineData("show statement Ramesh pdf", "Ramesh")]
    public void A_statement_ending_in_pdf_without_a_period_covers_every_entry(string message, string customer)
    {
        Assert.Equal(new SendStatement(customer, null, "all entries"), Parse(message));
    }

    [Theory]
    [InlineData("statement Ramesh june pdf", "Ramesh", "2026-06-01", "2026-06-30", "June 2026")]
    [InlineData("statement Ramesh Kumar last month pdf", "Ramesh Kumar", "2026-10-01", "2026-10-31", "October 2026")]
    [InlineData("statement Ramesh for june 2025 pdf", "Ramesh", "2025-06-01", "2025-06-30", "June 2025")]
    [InlineData("statement Ramesh december pdf", "Ramesh", "2025-12-01", "2025-12-31", "December 2025")]
    [InlineData("statement Ramesh 2025 pdf", "Ramesh", "2025-01-01", "2025-12-31", "2025")]
    [InlineData("Ramesh ka statement june pdf", "Ramesh", "2026-06-01", "2026-06-30", "June 2026")]
    public void A_period_after_the_name_limits_the_statement(string message, string customer, string from, string to, string label)
    {
        Assert.Equal(new SendStatement(customer, new DateRange(Date(from), Date(to)), label), Parse(message));
    }

    [Fact]
    public void A_name_that_is_a_month_stays_a_name_when_nothing_follows_it()
    {
        Assert.Equal(new SendStatement("May", null, "all entries"), Parse("statement May pdf"));
    }

    [Fact]
    public void Without_pdf_the_statement_words_still_show_the_history_as_text()
    {
        Assert.Equal(new ShowHistory("Ramesh"), Parse("statement Ramesh"));
    }

    [Fact]
    public void A_statement_pdf_without_a_name_asks_whose()
    {
        Assert.Contains("Whose statement?", Reason("statement pdf"));
    }

    [Fact]
    public void A_name_first_statement_with_a_period_that_is_not_one_is_refused()
    {
        Assert.Contains("period", Reason("Ramesh statement someday pdf"));
    }
}
