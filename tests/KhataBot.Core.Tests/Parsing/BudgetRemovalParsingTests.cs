using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class BudgetRemovalParsingTests
{
    [Theory]
    [InlineData("budget food off")]
    [InlineData("Budget food remove")]
    [InlineData("budget food hatao")]
    [InlineData("remove budget food")]
    [InlineData("delete budget for food")]
    [InlineData("budget off food")]
    public void Off_words_remove_the_budget(string message)
    {
        Assert.Equal(new RemoveBudget("food"), Parse(message));
    }

    [Fact]
    public void A_shop_category_can_lose_its_budget_and_an_amount_still_sets_one()
    {
        Assert.Equal(new RemoveBudget("packaging"), Parse("budget packaging off", null, "packaging"));
        Assert.Equal(new SetBudget("food", 5000), Parse("budget food 5000"));
    }

    [Fact]
    public void An_unknown_category_is_named()
    {
        var reason = Reason("budget sweets off");
        Assert.Contains("I don't know the category 'sweets'", reason);
        Assert.EndsWith("Try: budget food off", reason);
    }

    [Fact]
    public void Removal_writes_its_intent()
    {
        Assert.Equal(
            """{"intent":"remove_budget","customer":null,"amount":null,"note":null,"category":"food","date":null,"due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("budget food off")));
    }
}
