using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class ReminderParsingTests
{
    [Theory]
    [InlineData("reminder time 9:30", 9, 30)]
    [InlineData("reminder time 09:30", 9, 30)]
    [InlineData("reminder time 9.30", 9, 30)]
    [InlineData("reminder time 18:45", 18, 45)]
    [InlineData("reminder time 9am", 9, 0)]
    [InlineData("reminder time 9 am", 9, 0)]
    [InlineData("reminder time 6pm", 18, 0)]
    [InlineData("reminder time 6:30 p.m.", 18, 30)]
    [InlineData("reminder time 12am", 0, 0)]
    [InlineData("reminder time 12pm", 12, 0)]
    [InlineData("reminder time 0:15", 0, 15)]
    [InlineData("reminder time 9 baje", 9, 0)]
    [InlineData("reminder time 21", 21, 0)]
    [InlineData("reminders at 8am", 8, 0)]
    [InlineData("set reminder time 7:05", 7, 5)]
    [InlineData("Reminder Time 9AM", 9, 0)]
    [InlineData("/reminder time 9:30", 9, 30)]
    public void Reminder_time_reads_24_hour_and_am_pm_times(string message, int hour, int minute) =>
        Assert.Equal(new SetReminderTime(new TimeOnly(hour, minute)), Parse(message));

    [Theory]
    [InlineData("reminder time 25:00")]
    [InlineData("reminder time 9:75")]
    [InlineData("reminder time 13pm")]
    [InlineData("reminder time 0am")]
    [InlineData("reminder time morning")]
    [InlineData("reminder time 930")]
    public void A_time_that_does_not_exist_is_refused_with_an_example(string message) =>
        Assert.Contains("reminder time 9:30", Reason(message));

    [Fact]
    public void Reminder_time_without_a_time_asks_for_one() =>
        Assert.Contains("At what time", Reason("reminder time"));

    [Theory]
    [InlineData("reminders off", false)]
    [InlineData("reminder off", false)]
    [InlineData("reminders stop", false)]
    [InlineData("reminders band", false)]
    [InlineData("reminders on", true)]
    [InlineData("Reminders ON", true)]
    [InlineData("reminders start", true)]
    public void Reminders_on_and_off(string message, bool on) =>
        Assert.Equal(new SwitchReminders(on), Parse(message));

    [Theory]
    [InlineData("remind every 7 days", 7)]
    [InlineData("remind every 10 day", 10)]
    [InlineData("remind every 5", 5)]
    [InlineData("remind every week", 7)]
    [InlineData("remind every 2 weeks", 14)]
    [InlineData("remind every day", 1)]
    [InlineData("reminders every 3 days", 3)]
    public void Remind_every_sets_the_days_between_long_overdue_reminders(string message, int days) =>
        Assert.Equal(new SetRemindEvery(days), Parse(message));

    [Theory]
    [InlineData("remind every 0 days")]
    [InlineData("remind every 31 days")]
    [InlineData("remind every 5 weeks")]
    [InlineData("remind every 613566757 weeks")]
    public void Remind_every_stays_between_1_and_30_days(string message) =>
        Assert.Contains("every 1 to 30 days", Reason(message));

    [Theory]
    [InlineData("remind every")]
    [InlineData("remind every few days")]
    public void Remind_every_without_a_number_asks_for_one(string message) =>
        Assert.Contains("remind every 7 days", Reason(message));

    [Theory]
    [InlineData("reminders")]
    [InlineData("reminder")]
    [InlineData("/reminders")]
    public void Reminders_alone_shows_the_settings(string message) =>
        Assert.IsType<ShowReminders>(Parse(message));

    [Theory]
    [InlineData("remind")]
    [InlineData("reminders sometimes")]
    public void Anything_else_about_reminders_shows_the_forms(string message) =>
        Assert.Contains("reminders off or reminders on", Reason(message));

    [Theory]
    [InlineData("jobs")]
    [InlineData("/jobs")]
    public void Jobs_lists_the_scheduled_jobs(string message) =>
        Assert.IsType<ShowJobs>(Parse(message));
}
