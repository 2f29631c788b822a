using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class EntryChangeParsingTests
{
    [Fact]
    public void Edit_due_reads_a_due_date_ahead()
    {
        Assert.Equal(new ChangeEntry(4, null, null, Date("2026-12-10")), Parse("edit #4 due 10 dec"));
        Assert.Equal(new ChangeEntry(4, null, null, Date("2026-11-28")), Parse("edit 4 due in 7 days"));
    }

    [Fact]
    public void Edit_date_reads_a_day_that_has_passed()
    {
        Assert.Equal(new ChangeEntry(4, null, Date("2026-11-20"), null), Parse("edit #4 date 20 nov"));
        Assert.Equal(new ChangeEntry(4, null, Date("2026-11-20"), null), Parse("edit #4 date yesterday"));
        Assert.Equal(new ChangeEntry(4, null, Date("2025-12-20"), null), Parse("edit #4 on 20 dec"));
    }

    [Fact]
    public void Edit_note_takes_the_rest_as_the_note()
    {
        Assert.Equal(new ChangeEntry(4, "sugar", null, null), Parse("edit #4 note sugar"));
        Assert.Equal(new ChangeEntry(4, "atta, dal", null, null), Parse("edit #4 note atta, dal"));
    }

    [Fact]
    public void Edit_with_an_amount_and_a_note_is_still_the_amount_edit()
    {
        Assert.Equal(new EditEntry(4, 450, "sugar"), Parse("edit #4 450 sugar"));
    }

    [Theory]
    [InlineData("move #4 to Suresh", 4, "Suresh")]
    [InlineData("move 4 to Suresh Kumar", 4, "Suresh Kumar")]
    [InlineData("move #4 Suresh", 4, "Suresh")]
    public void Move_names_the_entry_and_the_customer(string message, int number, string customer)
    {
        Assert.Equal(new MoveEntry(number, customer), Parse(message));
    }

    [Theory]
    [InlineData("delete last")]
    [InlineData("delete last entry")]
    [InlineData("del last")]
    public void Delete_last_names_no_number(string message)
    {
        Assert.IsType<DeleteLastEntry>(Parse(message));
    }

    [Theory]
    [InlineData("edit #4 due", "When is #4 due?", "edit #12 due 10 dec")]
    [InlineData("edit #4 due banana", "due date", "add Ramesh 500 due 30 june")]
    [InlineData("edit #4 date", "Which day was #4?", "edit #12 date 20 nov")]
    [InlineData("edit #4 date 30 dec 2026", "future date", "edit #12 date 20 nov")]
    [InlineData("edit #4 note", "What should the note of #4 say?", "edit #12 note sugar")]
    [InlineData("move #4 to", "Whose entry is #4?", "move #12 to Suresh")]
    public void Change_problems_show_the_form(string message, string problem, string example)
    {
        var reason = Reason(message);
        Assert.Contains(problem, reason);
        Assert.EndsWith("Try: " + example, reason);
    }

    [Fact]
    public void Changes_write_their_intents()
    {
        Assert.Equal(
            """{"intent":"edit","customer":null,"amount":null,"note":null,"category":null,"date":null,"due":"2026-12-10","period":null,"error":null,"entry":4,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("edit #4 due 10 dec")));
        Assert.Equal(
            """{"intent":"move_entry","customer":"Suresh","amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":null,"entry":4,"phone":null,"address":null,"format":null}""",
            CommandJson.ToJson(Parse("move #4 to Suresh")));
        Assert.StartsWith("""{"intent":"delete_last",""", CommandJson.ToJson(Parse("delete last")));
    }
}
