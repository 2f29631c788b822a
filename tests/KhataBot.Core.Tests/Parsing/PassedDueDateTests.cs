using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

/// <summary>A due date without a year that has just passed is a slip: it is refused with the nearest
/// sensible date, never moved silently a year ahead.</summary>
public class PassedDueDateTests
{
    private static readonly DateOnly SecondDecember = new(2026, 12, 2);

    [Fact]
    public void Yesterdays_day_as_a_due_date_is_refused_and_the_next_month_offered()
    {
        var reason = Reason("add Suresh 400 due 1 dec", SecondDecember);

        Assert.Contains("1 Dec 2026 has already passed (yesterday)", reason);
        Assert.Contains("Did you mean due 1 jan?", reason);
        Assert.Contains("due 1 dec 2027", reason);
    }

    [Theory]
    [InlineData("add Suresh 400 due 20 nov", "12 days ago", "due 20 dec")]
    [InlineData("add Suresh 400 due 3 oct", "60 days ago", "due 3 dec")]
    [InlineData("add Suresh 400 due 1/12", "yesterday", "due 1 jan")]
    [InlineData("Suresh 400 udhar due 30 nov", "2 days ago", "due 30 dec")]
    public void Any_day_in_the_last_60_days_is_refused(string message, string ago, string offered)
    {
        var reason = Reason(message, SecondDecember);

        Assert.Contains(ago, reason);
        Assert.Contains(offered, reason);
    }

    [Fact]
    public void A_31st_offers_the_end_of_a_shorter_month()
    {
        Assert.Contains("Did you mean due 30 nov?", Reason("add Suresh 400 due 31 oct", new DateOnly(2026, 11, 15)));
        Assert.Contains("Did you mean due 28 feb?", Reason("add Suresh 400 due 31 jan", new DateOnly(2027, 2, 1)));
    }

    [Theory]
    [InlineData("add Suresh 400 due 2 oct", "2027-10-02")]
    [InlineData("add Suresh 400 due 2 dec", "2026-12-02")]
    [InlineData("add Suresh 400 due 5 dec", "2026-12-05")]
    [InlineData("add Suresh 400 due 1 dec 2027", "2027-12-01")]
    public void Today_later_dates_and_dates_long_past_still_resolve(string message, string due)
    {
        Assert.Equal(Date(due), Assert.IsType<AddCredit>(Parse(message, SecondDecember)).Due);
    }
}
