using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>An entry records what has happened: a date without a year is the latest one not after today,
/// and dates are day first.</summary>
public class EntryDateParsingTests
{
    public static TheoryData<string, string, string> EntryDates => new()
    {
        // today, date phrase, expected date
        { "2026-11-21", "", "2026-11-21" },
        { "2026-11-21", "today", "2026-11-21" },
        { "2026-11-21", "aaj", "2026-11-21" },
        { "2026-11-21", "yesterday", "2026-11-20" },
        { "2026-11-21", "kal", "2026-11-20" },
        { "2026-11-21", "3 days ago", "2026-11-18" },
        { "2026-11-21", "on 12 june", "2026-06-12" },
        { "2026-11-21", "12 june", "2026-06-12" },
        { "2026-11-21", "12th June", "2026-06-12" },
        { "2026-11-21", "june 12", "2026-06-12" },
        { "2026-11-21", "12-jun", "2026-06-12" },
        { "2026-11-21", "12 jun 2025", "2025-06-12" },
        { "2026-11-21", "on 21 nov", "2026-11-21" },
        { "2026-11-21", "on 22 nov", "2025-11-22" },
        { "2026-11-21", "on 3/11", "2026-11-03" },
        { "2026-11-21", "3-11", "2026-11-03" },
        { "2026-11-21", "12/06/2026", "2026-06-12" },
        { "2026-11-21", "12/06/26", "2026-06-12" },
        { "2026-11-21", "15-11-2026", "2026-11-15" },
        { "2026-11-21", "15.11.2026", "2026-11-15" },
        { "2026-11-21", "2026-11-15", "2026-11-15" },
        { "2026-11-21", "dated 1/1/2020", "2020-01-01" },
        // weekdays: today is a Saturday
        { "2026-11-21", "on monday", "2026-11-16" },
        { "2026-11-21", "on Fri", "2026-11-20" },
        { "2026-11-21", "on saturday", "2026-11-21" },
        { "2026-11-21", "on sunday", "2026-11-15" },
        { "2026-11-21", "last saturday", "2026-11-14" },
        { "2026-11-21", "last monday", "2026-11-16" },
        { "2026-11-21", "on somvar", "2026-11-16" },
        // the year boundary
        { "2027-01-05", "12 dec", "2026-12-12" },
        { "2027-01-05", "on 31/12", "2026-12-31" },
        { "2027-01-05", "on 5 jan", "2027-01-05" },
        { "2027-01-05", "on friday", "2027-01-01" },
        { "2027-01-01", "yesterday", "2026-12-31" },
        // leap years
        { "2026-11-21", "29 feb", "2024-02-29" },
        { "2026-11-21", "29/02/2024", "2024-02-29" },
        { "2028-03-01", "29 feb", "2028-02-29" },
        { "2028-02-28", "29 feb", "2024-02-29" },
    };

    [Theory]
    [MemberData(nameof(EntryDates))]
    public void Credit_entry_dates_resolve_back_from_today(string today, string phrase, string expected)
    {
        var credit = Assert.IsType<AddCredit>(Parse($"add Ramesh 500 atta {phrase}", Date(today)));
        Assert.Equal(Date(expected), credit.Date);
        Assert.Equal("atta", credit.Note);
    }

    [Fact]
    public void The_date_can_come_before_the_note()
    {
        Assert.Equal(new AddCredit("Ramesh", 500m, "atta", Date("2026-06-12"), null), Parse("add Ramesh 500 on 12 june atta"));
    }

    [Fact]
    public void A_leading_date_word_dates_a_name_first_entry()
    {
        Assert.Equal(new AddCredit("Ramesh", 500m, null, Today.AddDays(-1), null), Parse("kal Ramesh 500 udhar"));
    }

    [Fact]
    public void A_weekday_without_on_stays_in_the_note()
    {
        Assert.Equal(new AddExpense(300m, "others", "monday market", Today), Parse("spent 300 monday market"));
    }

    [Fact]
    public void A_payment_date_works_the_same_way()
    {
        Assert.Equal(new AddPayment("Ramesh", 200m, null, Date("2026-11-03")), Parse("paid Ramesh 200 on 3/11"));
    }

    [Theory]
    [InlineData("add Ramesh 500 31/02", "There's no 31 February")]
    [InlineData("add Ramesh 500 31 april", "There's no 31 April")]
    [InlineData("add Ramesh 500 32/01", "There's no 32 January")]
    [InlineData("add Ramesh 500 29/02/2026", "2026 has no 29 February")]
    [InlineData("add Ramesh 500 11/15", "write the day first")]
    [InlineData("add Ramesh 500 25/12/2026", "can't record an entry for a future date (25 Dec 2026)")]
    [InlineData("add Ramesh 500 tomorrow", "can't record an entry for a future date (22 Nov 2026)")]
    [InlineData("add Ramesh 500 on 12 june yesterday", "two dates")]
    [InlineData("spent 300 tea 1/1/2030", "future date")]
    public void Impossible_and_future_entry_dates_are_refused(string message, string expected)
    {
        Assert.Contains(expected, Reason(message));
    }
}
