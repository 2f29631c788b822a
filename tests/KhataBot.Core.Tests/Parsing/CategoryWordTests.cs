using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>Item words in the spellings shopkeepers use file an expense under its category.</summary>
public class CategoryWordTests
{
    [Theory]
    [InlineData("spent 30 chaay", "food")]
    [InlineData("spent 30 chai", "food")]
    [InlineData("spent 80 nashta", "food")]
    [InlineData("spent 20 biscuit", "food")]
    [InlineData("spent 60 doodh", "food")]
    [InlineData("spent 60 dudh", "food")]
    [InlineData("spent 100 sabzi", "food")]
    [InlineData("spent 100 sabji", "food")]
    [InlineData("spent 40 samosa", "food")]
    [InlineData("spent 30 चाय", "food")]
    [InlineData("spent 60 दूध", "food")]
    [InlineData("spent 100 सब्जी", "food")]
    [InlineData("spent 500 petrol", "transport")]
    [InlineData("spent 500 पेट्रोल", "transport")]
    [InlineData("spent 900 bijli bill", "bills")]
    [InlineData("spent 900 बिजली", "bills")]
    [InlineData("spent 5000 kiraya", "rent")]
    [InlineData("spent 5000 किराया", "rent")]
    [InlineData("spent 3000 tankha", "salary")]
    [InlineData("spent 3000 staff salary", "salary")]
    [InlineData("spent 2000 maal", "stock")]
    [InlineData("चाय पे 50 खर्च किए", "food")]
    [InlineData("kharcha 30 chaay", "food")]
    public void Item_words_pick_the_category(string message, string category)
    {
        Assert.Equal(category, Assert.IsType<AddExpense>(Parse(message)).Category);
    }

    [Theory]
    [InlineData("spent 200 tea for staff", "food")]
    [InlineData("spent 200 for staff tea", "food")]
    [InlineData("spent 200 for staff", "others")]
    [InlineData("spent 150 staff ke liye nashta", "food")]
    [InlineData("spent 300 lunch for helper", "food")]
    public void For_staff_says_who_it_was_for_not_that_it_was_salary(string message, string category)
    {
        Assert.Equal(category, Assert.IsType<AddExpense>(Parse(message)).Category);
    }
}
