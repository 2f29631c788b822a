using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>A due date looks ahead: without a year it is the next such date on or after the entry's
/// date; a weekday is the next one after today.</summary>
public class DueDateParsingTests
{
    public static TheoryData<string, string, string, string> DueDates => new()
    {
        // today, message, entry date, due date
        { "2026-11-21", "add Ramesh 500 atta due 30 dec", "2026-11-21", "2026-12-30" },
        { "2026-11-21", "add Ramesh 500 atta due 30 june", "2026-11-21", "2027-06-30" },
        { "2026-11-21", "add Ramesh 500 atta due 5/12", "2026-11-21", "2026-12-05" },
        { "2026-11-21", "add Ramesh 500 atta due 21 nov", "2026-11-21", "2026-11-21" },
        { "2026-11-21", "add Ramesh 500 atta due on 30/11/2026", "2026-11-21", "2026-11-30" },
        { "2026-11-21", "add Ramesh 500 atta due by 1 dec", "2026-11-21", "2026-12-01" },
        { "2026-11-21", "add Ramesh 500 atta due tomorrow", "2026-11-21", "2026-11-22" },
        { "2026-11-21", "add Ramesh 500 atta due kal", "2026-11-21", "2026-11-22" },
        { "2026-11-21", "add Ramesh 500 atta due today", "2026-11-21", "2026-11-21" },
        { "2026-11-21", "add Ramesh 500 atta due in 7 days", "2026-11-21", "2026-11-28" },
        { "2026-11-21", "add Ramesh 500 atta due 7 days", "2026-11-21", "2026-11-28" },
        { "2026-11-21", "add Ramesh 500 atta due in a week", "2026-11-21", "2026-11-28" },
        { "2026-11-21", "add Ramesh 500 atta due in 2 weeks", "2026-11-21", "2026-12-05" },
        { "2026-11-21", "add Ramesh 500 atta due in 1 month", "2026-11-21", "2026-12-21" },
        { "2026-11-21", "add Ramesh 500 atta due friday", "2026-11-21", "2026-11-27" },
        { "2026-11-21", "add Ramesh 500 atta due next friday", "2026-11-21", "2026-11-27" },
        { "2026-11-21", "add Ramesh 500 atta due saturday", "2026-11-21", "2026-11-28" },
        { "2026-11-21", "add Ramesh 500 atta due sunday", "2026-11-21", "2026-11-22" },
        { "2026-11-21", "add Ramesh 500 atta due 29 feb", "2026-11-21", "2028-02-29" },
        { "2026-11-21", "add Ramesh 500 due 30 dec atta", "2026-11-21", "2026-12-30" },
        { "2026-11-21", "Ramesh 500 udhar atta due 5/12", "2026-11-21", "2026-12-05" },
        { "2026-11-21", "add Ramesh 500 atta yesterday due today", "2026-11-20", "2026-11-21" },
        // the year boundary: the year comes from the entry's date, not from today
        { "2026-12-20", "add Ramesh 500 atta due 5 jan", "2026-12-20", "2027-01-05" },
        { "2027-01-10", "add Ramesh 500 atta on 20/12/2026 due 5 jan", "2026-12-20", "2027-01-05" },
        { "2027-01-10", "add Ramesh 500 atta due 5 jan on 20/12/2026", "2026-12-20", "2027-01-05" },
        { "2027-01-10", "add Ramesh 500 atta on 20/12/2026 due 20 dec", "2026-12-20", "2026-12-20" },
        { "2026-12-30", "add Ramesh 500 atta due friday", "2026-12-30", "2027-01-01" },
    };

    [Theory]
    [MemberData(nameof(DueDates))]
    public void Due_dates_resolve_forward(string today, string message, string entryDate, string dueDate)
    {
        Assert.Equal(new AddCredit("Ramesh", 500m, "atta", Date(entryDate), Date(dueDate)), Parse(message, Date(today)));
    }

    [Theory]
    [InlineData("add Ramesh 500 due 12/06/2026", "The due date (12 Jun 2026) is before the entry's date (21 Nov 2026)")]
    [InlineData("add Ramesh 500 on 20 nov due 19/11/2026", "before the entry's date")]
    [InlineData("add Ramesh 500 due blah", "couldn't read the due date")]
    [InlineData("add Ramesh 500 due 31 jnue", "couldn't read the due date")]
    [InlineData("add Ramesh 500 due 31/02", "There's no 31 February")]
    [InlineData("add Ramesh 500 due 29/02/2027", "2027 has no 29 February")]
    [InlineData("add Ramesh 500 due 30 dec due 31 dec", "two due dates")]
    [InlineData("paid Ramesh 200 due 30 june", "Only udhar (credit) entries can have a due date")]
    [InlineData("sale 2000 due friday", "Only udhar (credit) entries can have a due date")]
    public void Bad_due_dates_are_refused_with_the_due_example(string message, string expected)
    {
        var reason = Reason(message);
        Assert.Contains(expected, reason);
        Assert.EndsWith("Try: add Ramesh 500 due 30 june", reason);
    }

    [Fact]
    public void Due_as_the_last_word_is_part_of_the_note()
    {
        Assert.Equal(new AddCredit("Ramesh", 500m, "purana due", Today, null), Parse("add Ramesh 500 purana due"));
    }
}
