using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class EntryFixAndSmallCommandTests
{
    [Theory]
    [InlineData("undo")]
    [InlineData("Undo")]
    [InlineData("undo last")]
    [InlineData("cancel")]
    [InlineData("cancel last")]
    [InlineData("/undo")]
    public void Undo_takes_back_the_last_change(string message)
    {
        Assert.IsType<UndoLast>(Parse(message));
    }

    [Theory]
    [InlineData("delete #12", 12)]
    [InlineData("delete 12", 12)]
    [InlineData("Delete #7", 7)]
    [InlineData("del #3", 3)]
    [InlineData("remove #3", 3)]
    [InlineData("delete entry 12", 12)]
    [InlineData("cancel #12", 12)]
    public void Delete_names_an_entry_by_number(string message, int number)
    {
        Assert.Equal(new DeleteEntry(number), Parse(message));
    }

    [Theory]
    [InlineData("edit #12 450", 12, "450", null)]
    [InlineData("edit 12 450", 12, "450", null)]
    [InlineData("edit #12 450 atta and dal", 12, "450", "atta and dal")]
    [InlineData("edit #12 ₹1,500", 12, "1500", null)]
    [InlineData("change #3 99.5", 3, "99.5", null)]
    [InlineData("edit #3 to 1.2k", 3, "1200", null)]
    public void Edit_gives_an_entry_a_new_amount_and_maybe_a_note(string message, int number, string amount, string? note)
    {
        Assert.Equal(new EditEntry(number, Amount(amount), note), Parse(message));
    }

    [Theory]
    [InlineData("delete", "Which entry")]
    [InlineData("delete Ramesh", "'Ramesh' isn't an entry number")]
    [InlineData("delete #0", "isn't an entry number")]
    [InlineData("delete #-4", "isn't an entry number")]
    [InlineData("delete #99999999999", "isn't an entry number")]
    [InlineData("delete #12 #13", "one entry at a time")]
    [InlineData("undo Ramesh", "Undo takes back your last change")]
    public void Delete_problems_are_named(string message, string expected)
    {
        var reason = Reason(message);
        Assert.Contains(expected, reason);
        Assert.EndsWith("Try: delete #12", reason);
    }

    [Theory]
    [InlineData("edit", "Which entry")]
    [InlineData("edit #12", "What is the right amount for #12")]
    [InlineData("edit #12 atta", "What is the right amount for #12")]
    [InlineData("edit #12 -5", "can't be negative")]
    [InlineData("edit #12 5.555", "two decimal places")]
    [InlineData("edit Ramesh 450", "'Ramesh' isn't an entry number")]
    public void Edit_problems_are_named(string message, string expected)
    {
        var reason = Reason(message);
        Assert.Contains(expected, reason);
        Assert.EndsWith("Try: edit #12 450", reason);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("/help")]
    [InlineData("/help@KhataBot")]
    [InlineData("?")]
    [InlineData("help udhar")]
    [InlineData("namaste")]
    public void Help_words_show_help(string message)
    {
        Assert.IsType<ShowHelp>(Parse(message));
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/start@KhataBot")]
    [InlineData("/start hello")]
    public void Start_begins_the_chat(string message)
    {
        Assert.IsType<StartChat>(Parse(message));
    }

    [Theory]
    [InlineData("/start staff_AbC-12_x", "AbC-12_x")]
    [InlineData("start staff_q9", "q9")]
    public void Start_with_a_staff_payload_joins_a_shop(string message, string token)
    {
        Assert.Equal(token, Assert.IsType<JoinAsStaff>(Parse(message)).Token);
    }

    [Theory]
    [InlineData("invite staff")]
    [InlineData("/invite_staff")]
    [InlineData("invite")]
    public void Invite_staff_asks_for_a_link(string message)
    {
        Assert.IsType<InviteStaff>(Parse(message));
    }

    [Fact]
    public void Remove_staff_names_the_person()
    {
        Assert.Equal("Suresh Kumar", Assert.IsType<RemoveStaff>(Parse("remove staff Suresh Kumar")).Name);
        Assert.IsType<ListStaff>(Parse("staff"));
    }

    [Theory]
    [InlineData("export", ExportFormat.Csv)]
    [InlineData("export csv", ExportFormat.Csv)]
    [InlineData("export as CSV", ExportFormat.Csv)]
    [InlineData("export excel", ExportFormat.Csv)]
    [InlineData("/export", ExportFormat.Csv)]
    [InlineData("export hledger", ExportFormat.Hledger)]
    [InlineData("export ledger", ExportFormat.Hledger)]
    public void Export_picks_a_format(string message, ExportFormat format)
    {
        Assert.Equal(new ExportBook(format), Parse(message));
    }

    [Fact]
    public void Export_in_an_unknown_format_names_the_formats_there_are()
    {
        var reason = Reason("export pdf");
        Assert.Contains("'pdf'", reason);
        Assert.Contains("csv", reason);
        Assert.Contains("hledger", reason);
    }
}
