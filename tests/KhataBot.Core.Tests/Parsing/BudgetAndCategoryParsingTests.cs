using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class BudgetAndCategoryParsingTests
{
    [Theory]
    [InlineData("budget food 5000", "food", "5000")]
    [InlineData("set budget transport 2000", "transport", "2000")]
    [InlineData("budget 5000 for food", "food", "5000")]
    [InlineData("Budget FOOD 5k", "food", "5000")]
    [InlineData("budget bills ₹1,500", "bills", "1500")]
    [InlineData("budget others 100.5", "others", "100.5")]
    public void Budget_sets_a_monthly_limit_for_a_built_in_category(string message, string category, string amount)
    {
        Assert.Equal(new SetBudget(category, Amount(amount)), Parse(message));
    }

    [Fact]
    public void Budget_accepts_the_shops_own_categories_in_lower_case()
    {
        Assert.Equal(new SetBudget("packaging", 1000m), Parse("budget Packaging 1000", null, "packaging"));
    }

    [Theory]
    [InlineData("budgets")]
    [InlineData("budget")]
    [InlineData("show budgets")]
    [InlineData("/budgets")]
    public void Budgets_lists_the_budgets(string message)
    {
        Assert.IsType<ShowBudgets>(Parse(message));
    }

    [Fact]
    public void An_unknown_budget_category_is_refused_with_the_list_of_categories()
    {
        var reason = Reason("budget xyz 100", null, "packaging");
        Assert.Contains("'xyz'", reason);
        Assert.Contains("food, transport, bills, rent, salary, stock, others, packaging", reason);
        Assert.Contains("category add xyz", reason);
    }

    [Theory]
    [InlineData("budget food", "How much")]
    [InlineData("budget 5000", "Which category")]
    [InlineData("budget food -5", "can't be negative")]
    public void Budget_problems_are_named(string message, string expected)
    {
        Assert.Contains(expected, Reason(message));
    }

    [Theory]
    [InlineData("category add packaging", "packaging")]
    [InlineData("add category Packaging", "packaging")]
    [InlineData("new category boxes", "boxes")]
    [InlineData("category add cold-drinks", "cold-drinks")]
    [InlineData("category add पैकिंग", "पैकिंग")]
    public void Category_add_names_a_new_category_in_lower_case(string message, string name)
    {
        Assert.Equal(new AddCategory(name), Parse(message));
    }

    [Theory]
    [InlineData("category add", "What should the new category be called")]
    [InlineData("category add cold drinks", "one word")]
    [InlineData("category add food", "already a category")]
    [InlineData("category add 123", "can only have letters")]
    [InlineData("category add a;b", "can only have letters")]
    public void Category_problems_are_named(string message, string expected)
    {
        Assert.Contains(expected, Reason(message));
    }

    [Fact]
    public void A_category_the_shop_already_has_is_refused()
    {
        Assert.Contains("already a category", Reason("category add Packaging", null, "packaging"));
    }

    [Fact]
    public void A_category_name_over_thirty_characters_is_refused_with_the_limit()
    {
        Assert.Contains("30", Reason("category add " + new string('a', 31)));
    }
}
