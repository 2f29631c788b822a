namespace KhataBot.Core.Reminders;

/// <summary>Where a due is in its reminders. Stored in the reminder log, so the numbers must not change.</summary>
public enum ReminderStage
{
    /// <summary>The day before the due date.</summary>
    DayBefore = 1,

    /// <summary>On the due date.</summary>
    DueDay = 2,

    /// <summary>Overdue: every <see cref="ReminderSchedule.OverdueEveryDays"/> days, <see cref="ReminderSchedule.OverdueTimes"/> times.</summary>
    Overdue = 3,

    /// <summary>Still overdue after that: every <see cref="Shops.Shop.RemindEveryDays"/> days, for as long as it is open.</summary>
    LongOverdue = 4,

    /// <summary>Sent to the customer when the shopkeeper asked ("remind #12"): at most once a day per due,
    /// and no part of the schedule, so it never holds back a reminder the schedule would send.</summary>
    OnRequest = 5,
}
