namespace KhataBot.Core.Recurring;

/// <summary>The calendar of recurring entries: which day comes next. The 31st of a 30-day month is its 30th
/// (and of February its 28th or 29th), because rent due "on the 31st" is still due that month.</summary>
public static class RecurDays
{
    /// <summary>The first day after <paramref name="after"/> that the entry comes.</summary>
    public static DateOnly After(RecurEvery every, int day, DateOnly after) => every switch
    {
        RecurEvery.Day => after.AddDays(1),
        RecurEvery.Week => after.AddDays(((day - (int)after.DayOfWeek + 6) % 7) + 1),
        _ => InMonth(after.Year, after.Month, day) is var thisMonth && thisMonth > after ? thisMonth : NextMonth(after, day),
    };

    private static DateOnly NextMonth(DateOnly after, int day)
    {
        var next = new DateOnly(after.Year, after.Month, 1).AddMonths(1);
        return InMonth(next.Year, next.Month, day);
    }

    private static DateOnly InMonth(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
