namespace KhataBot.Core.Reminders;

/// <summary>One reminder of a due: its stage and the shop's calendar day it belongs to. A due is reminded
/// at most once per slot; the reminder log is keyed by it.</summary>
public readonly record struct ReminderSlot(ReminderStage Stage, DateOnly Day);

/// <summary>
/// On which days a due is reminded: the day before, on the day, then every 3 days while overdue (4 times),
/// then every <c>everyDays</c> days for as long as it stays open. Pure calendar arithmetic on the shop's
/// days; what time of day those days begin is <see cref="ReminderClock"/>'s business.
/// </summary>
public static class ReminderSchedule
{
    public static readonly TimeOnly DefaultTime = new(9, 0);

    public const int DefaultEveryDays = 7;

    public const int MinEveryDays = 1;

    public const int MaxEveryDays = 30;

    public const int OverdueEveryDays = 3;

    public const int OverdueTimes = 4;

    /// <summary>Days late of the last of the every-3-days reminders; the long-overdue ones count from here.</summary>
    private const int LastOverdueDay = OverdueEveryDays * OverdueTimes;

    /// <summary>
    /// The latest slot of a due that has come by <paramref name="day"/>, or null before the day before it.
    /// Only the latest counts: a bot that was down for a week sends one reminder for the week, not seven.
    /// </summary>
    public static ReminderSlot? LatestBy(DateOnly due, DateOnly day, int everyDays)
    {
        var late = day.DayNumber - due.DayNumber;
        if (late < -1)
        {
            return null;
        }

        if (late == -1)
        {
            return new(ReminderStage.DayBefore, due.AddDays(-1));
        }

        if (late < OverdueEveryDays)
        {
            return new(ReminderStage.DueDay, due);
        }

        var every = Math.Clamp(everyDays, MinEveryDays, MaxEveryDays);
        if (late < LastOverdueDay + every)
        {
            var times = Math.Min(late / OverdueEveryDays, OverdueTimes);
            return new(ReminderStage.Overdue, due.AddDays(times * OverdueEveryDays));
        }

        var repeats = (late - LastOverdueDay) / every;
        return new(ReminderStage.LongOverdue, due.AddDays(LastOverdueDay + (repeats * every)));
    }

    /// <summary>Every slot of a due in order, without end: for showing and testing the schedule.</summary>
    public static IEnumerable<ReminderSlot> All(DateOnly due, int everyDays)
    {
        ReminderSlot? previous = null;
        for (var day = due.AddDays(-1); ; day = day.AddDays(1))
        {
            var slot = LatestBy(due, day, everyDays);
            if (slot != previous)
            {
                yield return slot!.Value;
                previous = slot;
            }
        }
    }
}
