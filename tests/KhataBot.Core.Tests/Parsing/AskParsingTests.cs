using KhataBot.Core.Parsing;
using KhataBot.Core.Questions;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class AskParsingTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData(" 2 ", 2)]
    [InlineData("2)", 2)]
    [InlineData("2.", 2)]
    public void A_bare_number_answers_the_waiting_question(string message, int choice)
    {
        Assert.Equal(new AnswerQuestion(choice, null), Parse(message));
    }

    [Fact]
    public void A_question_button_names_its_question()
    {
        Assert.Equal(new AnswerQuestion(2, "ab12cd34ef"), Parse("choose ab12cd34ef 2"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10")]
    [InlineData("500")]
    public void Other_numbers_are_not_answers(string message)
    {
        Assert.IsNotType<AnswerQuestion>(Parse(message));
    }

    [Fact]
    public void An_ask_is_written_with_its_choices_as_parses()
    {
        var json = CommandJson.ToJson(Parse("Ramesh 500"));

        Assert.StartsWith("""{"intent":"ask",""", json);
        Assert.Contains(""","choices":[{"intent":"credit","customer":"Ramesh","amount":500,""", json);
        Assert.Contains("""{"intent":"payment","customer":"Ramesh","amount":500,""", json);
        Assert.EndsWith("]}", json);
    }

    [Fact]
    public void Stored_choices_read_back_as_the_same_commands()
    {
        Command[] choices =
        [
            new AddCredit("Ramesh", 500.5m, "atta", Today, Today.AddDays(7)),
            new AddPayment("रमेश", 200m, null, Today),
            new ShowReport(new DateRange(Today, Today.AddDays(3)), "a few days"),
            Ask.Between("which?", new AddExpense(30m, "Food", "tea", Today)),
        ];

        var read = StoredCommands.Read(StoredCommands.Write(choices));

        Assert.NotNull(read);
        Assert.Equal(choices[..3], read.Take(3));
        var inner = Assert.IsType<Ask>(read[3]);
        Assert.Equal(new AddExpense(30m, "Food", "tea", Today), Assert.Single(inner.Choices));
    }

    [Fact]
    public void Choices_of_an_unknown_command_do_not_read()
    {
        Assert.Null(StoredCommands.Read("""[{"type":"NoSuchCommand","value":{}}]"""));
    }
}
