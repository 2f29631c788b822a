using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>Sales always have the source "sales" (the note keeps the detail); other income takes its source
/// from the first word after the amount, or "income" when there is none.</summary>
public class IncomeParsingTests
{
    public static TheoryData<string, string, string, string?> Incomes => new()
    {
        // message, amount, source, note
        { "sale 2000", "2000", "sales", null },
        { "sales 2000", "2000", "sales", null },
        { "sold 1500 cash sales", "1500", "sales", "cash sales" },
        { "sale 2000 online", "2000", "sales", "online" },
        { "bikri 800", "800", "sales", null },
        { "income 5000 salary", "5000", "salary", "salary" },
        { "income 5000", "5000", "income", null },
        { "income 800 from Rent", "800", "rent", "Rent" },
        { "income 800 Interest on FD", "800", "interest", "Interest on FD" },
        { "earned 700 commission", "700", "commission", "commission" },
        { "kamai 300", "300", "income", null },
        { "add sale 2000", "2000", "sales", null },
    };

    [Theory]
    [MemberData(nameof(Incomes))]
    public void Income_source_and_note_follow_the_amount(string message, string amount, string source, string? note)
    {
        Assert.Equal(new AddIncome(Amount(amount), source, note, Today), Parse(message));
    }

    [Fact]
    public void Income_can_be_dated()
    {
        Assert.Equal(new AddIncome(3000m, "sales", null, Today.AddDays(-1)), Parse("sales 3000 yesterday"));
    }

    [Theory]
    [InlineData("sale", "How much came in")]
    [InlineData("sale lots", "couldn't find an amount")]
    [InlineData("sale 0", "more than zero")]
    public void Income_problems_are_named(string message, string expected)
    {
        var reason = Reason(message);
        Assert.Contains(expected, reason);
        Assert.EndsWith("Try: sale 2000", reason);
    }
}
