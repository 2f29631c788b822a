using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>The book is in rupees: another currency is refused, never booked as that many rupees.</summary>
public class CurrencyParsingTests
{
    [Theory]
    [InlineData("add Ramesh 50 USD", "dollars")]
    [InlineData("add Ramesh USD 50", "dollars")]
    [InlineData("add Ramesh $50", "dollars")]
    [InlineData("add Ramesh 50$", "dollars")]
    [InlineData("add Ramesh $ 50", "dollars")]
    [InlineData("paid Ramesh 100 AED", "dirhams")]
    [InlineData("paid Ramesh aed100", "dirhams")]
    [InlineData("spent €20 tea", "euros")]
    [InlineData("spent 20 euro tea", "euros")]
    [InlineData("sale 500 dollars", "dollars")]
    [InlineData("Ramesh ne 50 dollar diye", "dollars")]
    [InlineData("add Ramesh £30", "pounds")]
    [InlineData("add Ramesh 30 riyal", "riyals")]
    public void Another_currency_is_refused_with_a_clear_reply(string message, string named)
    {
        var reason = Reason(message);
        Assert.Contains("kept in rupees", reason);
        Assert.Contains(named, reason);
    }

    [Theory]
    [InlineData("add Ramesh rupees 500")]
    [InlineData("add Ramesh 500 rupaye")]
    [InlineData("add Ramesh Rs 500")]
    [InlineData("add Ramesh Rs. 500")]
    [InlineData("add Ramesh ₹500")]
    [InlineData("add Ramesh 500 rupees")]
    [InlineData("add Ramesh rupaye 500")]
    [InlineData("add Ramesh 500 रुपये")]
    public void Rupees_however_written_are_rupees(string message)
    {
        Assert.Equal(new AddCredit("Ramesh", 500m, null, Today, null), Parse(message));
    }

    [Theory]
    [InlineData("add Ramesh 500 bag from the dollar store")]
    [InlineData("add Ramesh 500 2 pound cake")]
    public void A_currency_word_not_beside_the_amount_is_only_a_note(string message)
    {
        Assert.IsType<AddCredit>(Parse(message));
    }
}
