using KhataBot.Core.Parsing;
using KhataBot.Core.Reminders.OneOff;

namespace KhataBot.Core.Tests.Reminders;

public class OneOffMomentTests
{
    private static readonly TimeZoneInfo India = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeOnly Nine = new(9, 0);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_day_comes_at_the_shops_reminder_time_on_its_own_clock()
    {
        // 09:00 on 5 Dec in India is 03:30 UTC.
        var at = OneOffMoment.For(new RemindOnce("Ramesh", new DateOnly(2026, 12, 5), null), India, Nine, Utc(2026, 11, 21, 4, 30));

        Assert.Equal(Utc(2026, 12, 5, 3, 30), at);
        Assert.Equal("on Sat 5 Dec at 9:00 am", OneOffText.When(at, India, new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public void Tomorrow_across_a_daylight_saving_change_keeps_the_wall_clock_time()
    {
        // New York leaves daylight saving on Sunday 1 Nov 2026: 09:00 is 13:00 UTC on Saturday and 14:00 UTC on Sunday.
        var at = OneOffMoment.For(new RemindOnce("Ramesh", new DateOnly(2026, 11, 1), null), NewYork, Nine, Utc(2026, 10, 31, 13, 0));

        Assert.Equal(Utc(2026, 11, 1, 14, 0), at);
        Assert.Equal("tomorrow at 9:00 am", OneOffText.When(at, NewYork, new DateOnly(2026, 10, 31)));
    }

    [Fact]
    public void Hours_count_from_now_and_are_shown_on_the_shops_clock_across_midnight_UTC()
    {
        // 23:00 UTC is 04:30 the next day in India.
        var now = Utc(2026, 11, 21, 21, 0);
        var at = OneOffMoment.For(new RemindOnce("Ramesh", null, TimeSpan.FromHours(2)), India, Nine, now);

        Assert.Equal(Utc(2026, 11, 21, 23, 0), at);
        Assert.Equal("today at 4:30 am", OneOffText.When(at, India, new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void A_day_in_another_year_shows_the_year() =>
        Assert.Equal("on Fri 1 Jan 2027 at 9:00 am", OneOffText.When(Utc(2027, 1, 1, 3, 30), India, new DateOnly(2026, 12, 20)));
}
