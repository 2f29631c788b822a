using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>Several entries in one message: lines, ";", or a comma or "and"/"aur" before a new command.</summary>
public class BatchParsingTests
{
    private static readonly Command RameshCredit = new AddCredit("Ramesh", 500m, "atta", Today, null);
    private static readonly Command SureshPayment = new AddPayment("Suresh", 200m, null, Today);

    [Theory]
    [InlineData("add Ramesh 500 atta, paid Suresh 200")]
    [InlineData("add Ramesh 500 atta\npaid Suresh 200")]
    [InlineData("add Ramesh 500 atta\r\n\r\npaid Suresh 200\n")]
    [InlineData("add Ramesh 500 atta; paid Suresh 200")]
    [InlineData("add Ramesh 500 atta and paid Suresh 200")]
    [InlineData("add Ramesh 500 atta aur paid Suresh 200")]
    [InlineData("add Ramesh 500 atta, Suresh ne 200 diye")]
    public void Each_entry_is_read_on_its_own_in_order(string message)
    {
        var batch = Assert.IsType<Batch>(Parse(message));
        Assert.Equal([RameshCredit, SureshPayment], batch.Commands);
    }

    [Theory]
    [InlineData("add Ramesh 500 atta, dal and rice", "atta, dal and rice")]
    [InlineData("add Ramesh 500 atta and dal", "atta and dal")]
    [InlineData("add Ramesh 500 atta, 2 kg", "atta, 2 kg")]
    public void A_note_keeps_its_commas_and_ands(string message, string note)
    {
        Assert.Equal(new AddCredit("Ramesh", 500m, note, Today, null), Parse(message));
    }

    [Fact]
    public void Three_kinds_in_three_lines()
    {
        var batch = Assert.IsType<Batch>(Parse("add Ramesh 500 atta\nspent 50 chai\nsale 4500"));
        Assert.Collection(batch.Commands, c => Assert.IsType<AddCredit>(c), c => Assert.IsType<AddExpense>(c), c => Assert.IsType<AddIncome>(c));
    }

    [Fact]
    public void One_bad_entry_refuses_the_whole_message_and_says_which()
    {
        var reason = Assert.IsType<Unparseable>(Parse("add Ramesh 500 atta\npaid Suresh\nsale 100")).Reason;

        Assert.Contains("Nothing was booked", reason);
        Assert.Contains("Entry 2 of 3 ('paid Suresh')", reason);
        Assert.Contains("couldn't find an amount", reason);
    }

    [Fact]
    public void One_unclear_entry_asks_about_the_whole_message()
    {
        var ask = Assert.IsType<Ask>(Parse("add Ramesh 500 atta\nSuresh 200 diye"));

        Assert.Contains("entry 2 of 2", ask.Question);
        Assert.Equal(2, ask.Choices.Count);
        var asCredit = Assert.IsType<Batch>(ask.Choices[0]);
        var asPayment = Assert.IsType<Batch>(ask.Choices[1]);
        Assert.Equal([RameshCredit, new AddCredit("Suresh", 200m, null, Today, null)], asCredit.Commands);
        Assert.Equal([RameshCredit, SureshPayment], asPayment.Commands);
    }

    [Fact]
    public void Two_unclear_entries_are_refused()
    {
        Assert.Contains("each unclear", Assert.IsType<Unparseable>(Parse("Ramesh 500\nSuresh 200")).Reason);
    }

    [Fact]
    public void A_batch_is_written_with_its_commands()
    {
        var json = CommandJson.ToJson(Parse("add Ramesh 500 atta; paid Suresh 200"));

        Assert.StartsWith("""{"intent":"batch",""", json);
        Assert.Contains(""","commands":[{"intent":"credit","customer":"Ramesh","amount":500,"note":"atta",""", json);
        Assert.Contains("""{"intent":"payment","customer":"Suresh","amount":200,""", json);
    }

    [Fact]
    public void A_devanagari_pair_of_lines()
    {
        var batch = Assert.IsType<Batch>(Parse("रमेश ने 500 का सामान लिया\nसुरेश ने 200 दिए"));
        Assert.Equal([new AddCredit("रमेश", 500m, null, Today, null), new AddPayment("सुरेश", 200m, null, Today)], batch.Commands);
    }
}
