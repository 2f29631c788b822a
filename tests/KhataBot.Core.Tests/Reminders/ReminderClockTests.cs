using KhataBot.Core.Reminders;

namespace KhataBot.Core.Tests.Reminders;

public class ReminderClockTests
{
    private static readonly TimeZoneInfo India = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeOnly Nine = new(9, 0);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Before_the_reminder_time_the_latest_reminder_day_is_yesterday_and_from_it_today()
    {
        // 09:00 in India is 03:30 UTC.
        Assert.Equal(new DateOnly(2026, 11, 20), ReminderClock.LatestReminderDay(India, Nine, Utc(2026, 11, 21, 3, 29)));
        Assert.Equal(new DateOnly(2026, 11, 21), ReminderClock.LatestReminderDay(India, Nine, Utc(2026, 11, 21, 3, 30)));
    }

    [Fact]
    public void An_early_reminder_in_India_comes_before_midnight_UTC_of_the_day_before()
    {
        // 05:00 on 31 Jan in India is 23:30 UTC on 30 Jan.
        var five = new TimeOnly(5, 0);

        Assert.Equal(new DateOnly(2027, 1, 30), ReminderClock.LatestReminderDay(India, five, Utc(2027, 1, 30, 23, 29)));
        Assert.Equal(new DateOnly(2027, 1, 31), ReminderClock.LatestReminderDay(India, five, Utc(2027, 1, 30, 23, 30)));
        Assert.Equal(Utc(2027, 1, 30, 23, 30), ReminderClock.MomentOn(India, new DateOnly(2027, 1, 31), five));
    }

    [Fact]
    public void An_evening_reminder_west_of_UTC_comes_after_midnight_UTC_of_the_next_day()
    {
        // 20:00 on 31 Dec in New York (EST, UTC-5) is 01:00 UTC on 1 Jan, across the year end too.
        var eight = new TimeOnly(20, 0);

        Assert.Equal(new DateOnly(2026, 12, 30), ReminderClock.LatestReminderDay(NewYork, eight, Utc(2027, 1, 1, 0, 59)));
        Assert.Equal(new DateOnly(2026, 12, 31), ReminderClock.LatestReminderDay(NewYork, eight, Utc(2027, 1, 1, 1, 0)));
    }

    [Fact]
    public void Daylight_saving_moves_the_reminder_in_UTC_but_not_on_the_shops_clock()
    {
        // Clocks go forward in New York on 14 March 2027: 09:00 is 14:00 UTC the day before, 13:00 UTC on it.
        Assert.Equal(Utc(2027, 3, 13, 14, 0), ReminderClock.MomentOn(NewYork, new DateOnly(2027, 3, 13), Nine));
        Assert.Equal(Utc(2027, 3, 14, 13, 0), ReminderClock.MomentOn(NewYork, new DateOnly(2027, 3, 14), Nine));
        // ...and back on 7 November 2027.
        Assert.Equal(Utc(2027, 11, 7, 14, 0), ReminderClock.MomentOn(NewYork, new DateOnly(2027, 11, 7), Nine));
    }

    [Fact]
    public void A_reminder_time_the_clocks_skip_comes_just_after_the_jump()
    {
        // 02:00 -> 03:00 on 14 March 2027: there is no 02:30; it comes at 03:30 EDT, 07:30 UTC.
        var moment = ReminderClock.MomentOn(NewYork, new DateOnly(2027, 3, 14), new TimeOnly(2, 30));

        Assert.Equal(Utc(2027, 3, 14, 7, 30), moment);
        Assert.Equal(new DateOnly(2027, 3, 13), ReminderClock.LatestReminderDay(NewYork, new TimeOnly(2, 30), Utc(2027, 3, 14, 7, 29)));
        Assert.Equal(new DateOnly(2027, 3, 14), ReminderClock.LatestReminderDay(NewYork, new TimeOnly(2, 30), Utc(2027, 3, 14, 7, 30)));
    }

    [Fact]
    public void A_reminder_time_that_happens_twice_comes_the_first_time_and_the_day_never_goes_back()
    {
        // 02:00 EDT -> 01:00 EST on 7 November 2027: 01:30 happens at 05:30 UTC and again at 06:30 UTC.
        var half = new TimeOnly(1, 30);

        Assert.Equal(Utc(2027, 11, 7, 5, 30), ReminderClock.MomentOn(NewYork, new DateOnly(2027, 11, 7), half));
        // 01:10 EST, after the clocks went back: the shop's clock shows a time before 01:30 again, but
        // the day's reminder has come, and stays come.
        Assert.Equal(new DateOnly(2027, 11, 7), ReminderClock.LatestReminderDay(NewYork, half, Utc(2027, 11, 7, 6, 10)));
    }

    [Fact]
    public void The_next_reminder_is_today_before_the_time_and_tomorrow_after_it()
    {
        Assert.Equal(Utc(2026, 11, 21, 3, 30), ReminderClock.NextMoment(India, Nine, Utc(2026, 11, 21, 3, 0)));
        Assert.Equal(Utc(2026, 11, 22, 3, 30), ReminderClock.NextMoment(India, Nine, Utc(2026, 11, 21, 3, 30)));
    }
}
