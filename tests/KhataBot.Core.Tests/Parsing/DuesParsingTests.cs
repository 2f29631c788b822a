using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class DuesParsingTests
{
    [Theory]
    [InlineData("dues")]
    [InlineData("dues list")]
    [InlineData("balances")]
    public void Plain_dues_is_still_the_list_of_balances(string message)
    {
        Assert.IsType<ShowBalances>(Parse(message));
    }

    [Fact]
    public void Overdue_lists_late_dues_of_everyone_or_of_one_customer()
    {
        Assert.Equal(new ShowDues(null, null, null, true), Parse("overdue"));
        Assert.Equal(new ShowDues(null, null, null, true), Parse("overdue dues"));
        Assert.Equal(new ShowDues("Ramesh", null, null, true), Parse("overdue Ramesh"));
    }

    [Theory]
    [InlineData("due today", "2026-11-21", "2026-11-21", "today")]
    [InlineData("dues today", "2026-11-21", "2026-11-21", "today")]
    [InlineData("due tomorrow", "2026-11-22", "2026-11-22", "tomorrow")]
    [InlineData("due this week", "2026-11-16", "2026-11-22", "this week")]
    [InlineData("due next week", "2026-11-23", "2026-11-29", "next week")]
    [InlineData("dues this month", "2026-11-01", "2026-11-30", "this month")]
    public void Due_with_a_period_lists_the_dues_falling_in_it(string message, string from, string to, string label)
    {
        Assert.Equal(new ShowDues(null, new DateRange(Date(from), Date(to)), label, false), Parse(message));
    }

    [Fact]
    public void Dues_with_a_name_lists_that_customers_dues()
    {
        Assert.Equal(new ShowDues("Ramesh", null, null, false), Parse("dues Ramesh"));
        Assert.Equal(new ShowDues("Ramesh Kumar", null, null, false), Parse("dues of Ramesh Kumar"));
        Assert.Equal(new ShowDues("रमेश", null, null, false), Parse("dues रमेश"));
    }

    [Fact]
    public void Dues_write_customer_and_period()
    {
        Assert.Equal(
            """{"intent":"dues","customer":null,"amount":null,"note":null,"category":null,"date":null,"due":null,"period":{"from":"2026-11-16","to":"2026-11-22"},"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("due this week")));
        Assert.Equal(
            """{"intent":"dues","customer":"Ramesh","amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("dues Ramesh")));
        Assert.StartsWith("""{"intent":"dues","customer":null,"amount":null,"note":"overdue",""", CommandJson.ToJson(Parse("overdue")));
    }
}
