using KhataBot.Core.Reminders;

namespace KhataBot.Core.Tests.Reminders;

public class ReminderScheduleTests
{
    private static readonly DateOnly Due = new(2026, 12, 10);

    [Fact]
    public void A_due_is_reminded_the_day_before_on_the_day_every_3_days_4_times_then_weekly()
    {
        var slots = ReminderSchedule.All(Due, everyDays: 7).Take(9).ToList();

        Assert.Equal(
        [
            new(ReminderStage.DayBefore, new DateOnly(2026, 12, 9)),
            new(ReminderStage.DueDay, new DateOnly(2026, 12, 10)),
            new(ReminderStage.Overdue, new DateOnly(2026, 12, 13)),
            new(ReminderStage.Overdue, new DateOnly(2026, 12, 16)),
            new(ReminderStage.Overdue, new DateOnly(2026, 12, 19)),
            new(ReminderStage.Overdue, new DateOnly(2026, 12, 22)),
            new(ReminderStage.LongOverdue, new DateOnly(2026, 12, 29)),
            new(ReminderStage.LongOverdue, new DateOnly(2027, 1, 5)),
            new ReminderSlot(ReminderStage.LongOverdue, new DateOnly(2027, 1, 12)),
        ], slots);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(-2)]
    public void Nothing_is_due_before_the_day_before(int daysFromDue) =>
        Assert.Null(ReminderSchedule.LatestBy(Due, Due.AddDays(daysFromDue), 7));

    [Theory]
    [InlineData(-1, ReminderStage.DayBefore, -1)]
    [InlineData(0, ReminderStage.DueDay, 0)]
    [InlineData(2, ReminderStage.DueDay, 0)]
    [InlineData(3, ReminderStage.Overdue, 3)]
    [InlineData(5, ReminderStage.Overdue, 3)]
    [InlineData(12, ReminderStage.Overdue, 12)]
    [InlineData(18, ReminderStage.Overdue, 12)]
    [InlineData(19, ReminderStage.LongOverdue, 19)]
    [InlineData(25, ReminderStage.LongOverdue, 19)]
    [InlineData(26, ReminderStage.LongOverdue, 26)]
    [InlineData(400, ReminderStage.LongOverdue, 397)]
    public void Between_reminders_the_latest_one_stands(int daysFromDue, ReminderStage stage, int slotFromDue) =>
        Assert.Equal(new ReminderSlot(stage, Due.AddDays(slotFromDue)), ReminderSchedule.LatestBy(Due, Due.AddDays(daysFromDue), 7));

    [Fact]
    public void After_a_week_down_only_the_latest_reminder_is_owed()
    {
        // Down from the due date to 8 days late: the due-day and 3-days-late reminders were missed;
        // the one to send now is the 6-days-late one, and it is one reminder.
        Assert.Equal(new ReminderSlot(ReminderStage.Overdue, Due.AddDays(6)), ReminderSchedule.LatestBy(Due, Due.AddDays(8), 7));
    }

    [Fact]
    public void A_due_on_31_January_is_reminded_across_the_month_end()
    {
        var slots = ReminderSchedule.All(new DateOnly(2027, 1, 31), everyDays: 7).Take(8).Select(s => s.Day).ToList();

        Assert.Equal(
            [new(2027, 1, 30), new(2027, 1, 31), new(2027, 2, 3), new(2027, 2, 6), new(2027, 2, 9), new(2027, 2, 12), new(2027, 2, 19), new DateOnly(2027, 2, 26)],
            slots);
    }

    [Fact]
    public void A_due_on_1_March_is_reminded_on_the_last_day_of_February_even_in_a_leap_year()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), ReminderSchedule.All(new DateOnly(2027, 3, 1), 7).First().Day);
        Assert.Equal(new DateOnly(2028, 2, 29), ReminderSchedule.All(new DateOnly(2028, 3, 1), 7).First().Day);
    }

    [Fact]
    public void Remind_every_changes_only_the_long_overdue_reminders()
    {
        var days = ReminderSchedule.All(Due, everyDays: 10).Take(8).Select(s => s.Day.DayNumber - Due.DayNumber).ToList();

        Assert.Equal([-1, 0, 3, 6, 9, 12, 22, 32], days);
    }

    [Fact]
    public void Remind_every_day_still_keeps_the_first_four_overdue_reminders_3_days_apart()
    {
        var days = ReminderSchedule.All(Due, everyDays: 1).Take(9).Select(s => s.Day.DayNumber - Due.DayNumber).ToList();

        Assert.Equal([-1, 0, 3, 6, 9, 12, 13, 14, 15], days);
    }
}
