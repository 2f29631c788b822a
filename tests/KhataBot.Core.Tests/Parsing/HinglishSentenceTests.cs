using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>Hinglish sentences, name first and verb last: the particle and the verb together say who
/// did what. Clear ones are booked as that kind; unclear ones are asked about, never guessed.</summary>
public class HinglishSentenceTests
{
    public static TheoryData<string, string, string, string?> ClearCredits => new()
    {
        // message, customer, amount, note
        { "Ramesh ne 500 ka saman liya", "Ramesh", "500", null },
        { "Ramesh ne 500 ka atta liya", "Ramesh", "500", "atta" },
        { "Ramesh ne 500 liye", "Ramesh", "500", null },
        { "Ramesh ne 500 udhar liya", "Ramesh", "500", null },
        { "Ramesh Kumar ne 500 ka saman le liya", "Ramesh Kumar", "500", null },
        { "Ramesh 500 ka saman le gaya", "Ramesh", "500", null },
        { "Ramesh le gaya 500 ka maal", "Ramesh", "500", null },
        { "Ramesh ko 500 ka saman diya", "Ramesh", "500", null },
        { "Ramesh ko 500 ki chai di", "Ramesh", "500", "chai" },
        { "Ramesh ko 500 diye", "Ramesh", "500", null },
        { "Ramesh ko 500 de diye", "Ramesh", "500", null },
        { "maine Ramesh ko 500 udhar diye", "Ramesh", "500", null },
        { "Ramesh ka 500 udhar", "Ramesh", "500", null },
        { "500 ka saman liya Ramesh ne", "Ramesh", "500", null },
        { "रमेश ने 500 का सामान लिया", "रमेश", "500", null },
        { "रमेश को 500 का सामान दिया", "रमेश", "500", null },
        { "रमेश ने ५०० उधार लिया", "रमेश", "500", null },
        { "रमेश 500 का सामान ले गया", "रमेश", "500", null },
    };

    [Theory]
    [MemberData(nameof(ClearCredits))]
    public void Goods_or_money_going_to_the_customer_is_udhar(string message, string customer, string amount, string? note)
    {
        Assert.Equal(new AddCredit(customer, Amount(amount), note, Today, null), Parse(message));
    }

    public static TheoryData<string, string, string, string?> ClearPayments => new()
    {
        { "Ramesh ne 200 diye", "Ramesh", "200", null },
        { "Ramesh ne 200 de diye", "Ramesh", "200", null },
        { "Ramesh ne 200 jama kiye", "Ramesh", "200", null },
        { "Ramesh ne 200 jama kar diye", "Ramesh", "200", null },
        { "Ramesh ne 200 lauta diye", "Ramesh", "200", null },
        { "Ramesh ne 200 chukaye", "Ramesh", "200", null },
        { "Ramesh se 200 aaye", "Ramesh", "200", null },
        { "Ramesh se 300 mile", "Ramesh", "300", null },
        { "Ramesh se 300 wapas mile", "Ramesh", "300", null },
        { "Ramesh se 300 liye", "Ramesh", "300", null },
        { "Ramesh se 300 jama kiye", "Ramesh", "300", null },
        { "500 diye Ramesh ne", "Ramesh", "500", null },
        { "300 mile Ramesh se", "Ramesh", "300", null },
        { "Ramesh ka 500 jama", "Ramesh", "500", null },
        { "Ramesh ne 200 rupaye diye", "Ramesh", "200", null },
        { "रमेश ने 500 दिए", "रमेश", "500", null },
        { "रमेश से 300 मिले", "रमेश", "300", null },
        { "रमेश से 200 आए", "रमेश", "200", null },
        { "रमेश ने 200 जमा किए", "रमेश", "200", null },
        { "रमेश ने 200 लौटा दिए", "रमेश", "200", null },
        { "500 दिए रमेश ने", "रमेश", "500", null },
    };

    [Theory]
    [MemberData(nameof(ClearPayments))]
    public void Money_coming_from_the_customer_is_jama(string message, string customer, string amount, string? note)
    {
        Assert.Equal(new AddPayment(customer, Amount(amount), note, Today), Parse(message));
    }

    [Theory]
    [InlineData("Ramesh ne kal 200 diye")]
    [InlineData("kal Ramesh ne 200 diye")]
    [InlineData("कल रमेश ने 200 दिए")]
    public void A_date_word_dates_the_sentence(string message)
    {
        var payment = Assert.IsType<AddPayment>(Parse(message));
        Assert.Equal(Today.AddDays(-1), payment.Date);
    }

    public static TheoryData<string> Unclear => new()
    {
        "Ramesh 500 diya",
        "Ramesh 500 diye",
        "Ramesh 500 liya",
        "Ramesh 500 ka saman liya",
        "Ramesh 500",
        "Ramesh ne 500 ka saman diya",
        "Ramesh se 500 ka saman liya",
        "Ramesh se 500 udhar liye",
        "Ramesh se 500",
        "Ramesh ko 500 lauta diye",
        "Ramesh ko 500 mile",
        "Ramesh ne 500 liye aur 200 diye",
        "Ramesh ka 500",
        "रमेश 500 दिया",
        "रमेश ने 500 का सामान दिया",
        "diya Ramesh 500",
    };

    [Theory]
    [MemberData(nameof(Unclear))]
    public void Unclear_sentences_ask_udhar_or_jama_and_book_nothing(string message)
    {
        var ask = Assert.IsType<Ask>(Parse(message));
        Assert.Contains(ask.Choices, c => c is AddCredit);
        Assert.Contains(ask.Choices, c => c is AddPayment);
    }

    [Theory]
    [InlineData("Ramesh ke 500 baaki")]
    [InlineData("Ramesh ka 500 baaki hai")]
    [InlineData("रमेश के 500 बाकी")]
    public void Baaki_with_an_amount_asks_whether_it_is_new_udhar_or_the_balance(string message)
    {
        var ask = Assert.IsType<Ask>(Parse(message));
        Assert.IsType<AddCredit>(ask.Choices[0]);
        Assert.IsType<ShowBalance>(ask.Choices[1]);
    }

    [Theory]
    [InlineData("aaj ki sale 4500", "4500")]
    [InlineData("sale 4500", "4500")]
    [InlineData("4500 ki bikri hui", "4500")]
    [InlineData("आज की बिक्री 4500", "4500")]
    [InlineData("bikri 4500", "4500")]
    public void Sales_are_income(string message, string amount)
    {
        var income = Assert.IsType<AddIncome>(Parse(message));
        Assert.Equal(Amount(amount), income.Amount);
        Assert.Equal("sales", income.Source);
        Assert.Equal(Today, income.Date);
    }

    [Theory]
    [InlineData("chai pe 50 kharch kiye", "50", "food")]
    [InlineData("petrol mein 500 kharcha hua", "500", "transport")]
    [InlineData("50 ka kharcha kiya chai", "50", "food")]
    [InlineData("Ramesh ne chai pe 50 kharch kiye", "50", "food")]
    [InlineData("Ramesh ne 500 kharcha kiya", "500", "others")]
    public void Spending_sentences_are_expenses(string message, string amount, string category)
    {
        var expense = Assert.IsType<AddExpense>(Parse(message));
        Assert.Equal(Amount(amount), expense.Amount);
        Assert.Equal(category, expense.Category.ToLowerInvariant());
    }

    [Fact]
    public void No_clear_sentence_is_booked_as_the_opposite_kind()
    {
        foreach (var row in ClearCredits) Assert.IsNotType<AddPayment>(Parse((string)row[0]));
        foreach (var row in ClearPayments) Assert.IsNotType<AddCredit>(Parse((string)row[0]));
    }
}
