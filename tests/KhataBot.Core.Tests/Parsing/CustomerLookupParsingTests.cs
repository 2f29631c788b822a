using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class CustomerLookupParsingTests
{
    [Theory]
    [InlineData("balance Ramesh", "Ramesh")]
    [InlineData("bal Ramesh", "Ramesh")]
    [InlineData("hisaab Ramesh", "Ramesh")]
    [InlineData("hisab Ramesh Kumar", "Ramesh Kumar")]
    [InlineData("Ramesh ka hisaab", "Ramesh")]
    [InlineData("Ramesh Kumar balance", "Ramesh Kumar")]
    [InlineData("/balance@KhataBot Ramesh", "Ramesh")]
    [InlineData("show balance Ramesh", "Ramesh")]
    public void Balance_with_a_name_shows_that_customer(string message, string customer)
    {
        Assert.Equal(new ShowBalance(customer), Parse(message));
    }

    [Theory]
    [InlineData("balances")]
    [InlineData("balance")]
    [InlineData("hisaab")]
    [InlineData("dues")]
    [InlineData("who owes")]
    [InlineData("Who owes?")]
    [InlineData("who owes me")]
    [InlineData("udhar list")]
    [InlineData("/balances")]
    [InlineData("/balances@KhataBot")]
    [InlineData("/who_owes")]
    public void Balances_without_a_name_lists_everyone(string message)
    {
        Assert.IsType<ShowBalances>(Parse(message));
    }

    [Theory]
    [InlineData("history Ramesh", "Ramesh")]
    [InlineData("statement Ramesh Kumar", "Ramesh Kumar")]
    [InlineData("khata Ramesh", "Ramesh")]
    [InlineData("Ramesh ki history", "Ramesh")]
    public void History_shows_a_customers_entries(string message, string customer)
    {
        Assert.Equal(new ShowHistory(customer), Parse(message));
    }

    [Theory]
    [InlineData("customers")]
    [InlineData("customer list")]
    [InlineData("list customers")]
    [InlineData("list")]
    [InlineData("/customers")]
    public void Customers_lists_the_customers(string message)
    {
        Assert.IsType<ListCustomers>(Parse(message));
    }

    [Theory]
    [InlineData("find ram", "ram")]
    [InlineData("find 98765", "98765")]
    [InlineData("search Ramesh Kumar", "Ramesh Kumar")]
    public void Find_searches_by_part_of_a_name_or_number(string message, string query)
    {
        Assert.Equal(new FindCustomers(query), Parse(message));
    }

    [Theory]
    [InlineData("history", "Whose history")]
    [InlineData("find", "Who are you looking for")]
    [InlineData("balance 12345", "only numbers")]
    public void Lookups_without_a_usable_name_say_so(string message, string expected)
    {
        Assert.Contains(expected, Reason(message));
    }

    [Fact]
    public void Find_refuses_a_query_over_sixty_characters()
    {
        Assert.Contains("60", Reason("find " + new string('r', 61)));
    }
}
