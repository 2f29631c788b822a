using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class ExpenseParsingTests
{
    public static TheoryData<string, string, string, string?> Expenses => new()
    {
        // message, amount, category, note
        { "spent 300 tea", "300", "food", "tea" },
        { "spent 1200 on electricity", "1200", "bills", "electricity" },
        { "expense 450 transport auto fare", "450", "transport", "auto fare" },
        { "kharcha 200 chai", "200", "food", "chai" },
        { "kharcha chai 200", "200", "food", "chai" },
        { "spent 500 rent", "500", "rent", null },
        { "spent 500 on rent", "500", "rent", null },
        { "spent 500 food", "500", "food", null },
        { "spent 250 petrol", "250", "transport", "petrol" },
        { "spent 150 bijli bill", "150", "bills", "bijli bill" },
        { "spent 399 recharge", "399", "bills", "recharge" },
        { "spent 9000 kiraya", "9000", "rent", "kiraya" },
        { "spent 8000 wages", "8000", "salary", "wages" },
        { "spent 5000 maal", "5000", "stock", "maal" },
        { "spent 5000 goods purchase", "5000", "stock", "goods purchase" },
        { "spent 300 lunch with staff", "300", "food", "lunch with staff" },
        { "spent 300 paid the helper", "300", "salary", "paid the helper" },
        { "spent 99 misc stuff", "99", "others", "misc stuff" },
        { "spent 300", "300", "others", null },
        { "spent 300 others", "300", "others", null },
        { "Spent 300 TEA", "300", "food", "TEA" },
        { "spent ₹1,200 on Electricity", "1200", "bills", "Electricity" },
        { "exp 40 tea", "40", "food", "tea" },
        { "add expense 300 tea", "300", "food", "tea" },
        { "spent 300 due diligence", "300", "others", "due diligence" },
    };

    [Theory]
    [MemberData(nameof(Expenses))]
    public void Expense_category_comes_from_the_first_word_or_a_keyword(string message, string amount, string category, string? note)
    {
        Assert.Equal(new AddExpense(Amount(amount), category, note, Today), Parse(message));
    }

    [Fact]
    public void A_shop_category_right_after_the_amount_is_the_category()
    {
        Assert.Equal(new AddExpense(300m, "packaging", "tape", Today), Parse("spent 300 on packaging tape", null, "Packaging"));
    }

    [Fact]
    public void A_word_that_is_not_one_of_the_shops_categories_stays_in_the_note()
    {
        Assert.Equal(new AddExpense(300m, "others", "packaging tape", Today), Parse("spent 300 packaging tape"));
    }

    [Fact]
    public void The_first_keyword_in_the_note_wins()
    {
        Assert.Equal("bills", Assert.IsType<AddExpense>(Parse("spent 700 electricity and tea")).Category);
        Assert.Equal("food", Assert.IsType<AddExpense>(Parse("spent 700 tea and electricity")).Category);
    }

    [Fact]
    public void An_expense_can_be_dated()
    {
        Assert.Equal(new AddExpense(300m, "food", "tea", Date("2026-06-12")), Parse("spent 300 tea on 12 june"));
        Assert.Equal(new AddExpense(300m, "food", "tea", Today.AddDays(-1)), Parse("yesterday spent 300 tea"));
    }

    [Theory]
    [InlineData("spent", "How much did you spend")]
    [InlineData("spent tea", "couldn't find an amount")]
    [InlineData("spent 300 tea due 30 june", "Only udhar")]
    [InlineData("spent -300 tea", "can't be negative")]
    public void Expense_problems_are_named(string message, string expected)
    {
        Assert.Contains(expected, Reason(message));
    }
}
