namespace KhataBot.Core.Parsing;

/// <summary>
/// Pins a <see cref="DateSpec"/> to the calendar. An entry records something that has happened, so a
/// date without a year is the latest one not after today and a future date is refused. A due date is
/// ahead: without a year it is the next such date on or after the entry's date, and a weekday is the
/// next one after today.
/// </summary>
internal static class DateResolver
{
    // 29 February can be up to eight years away (1900 and 2100 are not leap years).
    private const int YearsToSearch = 8;

    public static Parsed<DateOnly> Entry(DateSpec spec, DateOnly today, string example)
    {
        DateOnly? date = spec switch
        {
            CalendarDay { Year: null } day => LatestOnOrBefore(day, today),
            CalendarDay { Year: { } year } day => Exact(day, year),
            DaysFromToday relative => today.AddDays(relative.Days),
            MonthsFromToday months => today.AddMonths(months.Months),
            Kal => today.AddDays(-1),
            Weekday { Last: false } weekday => today.AddDays(-DaysBack(today, weekday.Day)),
            Weekday weekday => today.AddDays(-(DaysBack(today, weekday.Day) is 0 ? 7 : DaysBack(today, weekday.Day))),
            _ => null,
        };

        if (date is not { } found) return Missing(spec, example);
        if (found > today) return Fail($"I can't record an entry for a future date ({CalendarWords.Show(found)}).", example);
        return Parsed<DateOnly>.Ok(found);
    }

    /// <param name="slipsRefused">For an entry's due date: a year-less date that just passed is refused
    /// (<see cref="PassedDue"/>) instead of moved to next year.</param>
    public static Parsed<DateOnly> Due(DateSpec spec, DateOnly today, DateOnly entryDate, string example, bool slipsRefused = false)
    {
        if (slipsRefused && spec is CalendarDay { Year: null } yearless && RecentlyPassed(yearless, entryDate) is { } passed)
        {
            return Fail(PassedDue.Explain(passed, yearless, entryDate), example);
        }

        DateOnly? date = spec switch
        {
            CalendarDay { Year: null } day => EarliestOnOrAfter(day, entryDate),
            CalendarDay { Year: { } year } day => Exact(day, year),
            DaysFromToday relative => today.AddDays(relative.Days),
            MonthsFromToday months => today.AddMonths(months.Months),
            Kal => today.AddDays(1),
            Weekday weekday => today.AddDays(DaysAhead(today, weekday.Day)),
            _ => null,
        };

        if (date is not { } found) return Missing(spec, example);
        if (found < entryDate)
        {
            return Fail($"The due date ({CalendarWords.Show(found)}) is before the entry's date ({CalendarWords.Show(entryDate)}).", example);
        }

        return Parsed<DateOnly>.Ok(found);
    }

    private static int DaysBack(DateOnly today, DayOfWeek day) => ((int)today.DayOfWeek - (int)day + 7) % 7;

    private static int DaysAhead(DateOnly today, DayOfWeek day) => ((int)day - (int)today.DayOfWeek + 6) % 7 + 1;

    private static DateOnly? LatestOnOrBefore(CalendarDay day, DateOnly today)
    {
        for (var year = today.Year; year >= today.Year - YearsToSearch && year >= 1; year--)
        {
            if (Exact(day, year) is { } date && date <= today) return date;
        }

        return null;
    }

    /// <summary>This year's (or last year's) date if it fell within <see cref="PassedDue.Days"/> before the
    /// entry: "due 1 dec" typed on 2 Dec is a slip, not a due date a year away.</summary>
    private static DateOnly? RecentlyPassed(CalendarDay day, DateOnly entryDate) =>
        LatestOnOrBefore(day, entryDate.AddDays(-1)) is { } date && entryDate.DayNumber - date.DayNumber <= PassedDue.Days ? date : null;

    private static DateOnly? EarliestOnOrAfter(CalendarDay day, DateOnly from)
    {
        for (var year = from.Year; year <= from.Year + YearsToSearch && year <= 9999; year++)
        {
            if (Exact(day, year) is { } date && date >= from) return date;
        }

        return null;
    }

    private static DateOnly? Exact(CalendarDay day, int year) =>
        year is >= 1 and <= 9999 && day.Day <= DateTime.DaysInMonth(year, day.Month) ? new DateOnly(year, day.Month, day.Day) : null;

    private static Parsed<DateOnly> Missing(DateSpec spec, string example) => spec is CalendarDay { Year: { } year } day
        ? Fail($"{year} has no {day.Day} {CalendarWords.MonthName(day.Month)}.", example)
        : Fail("I couldn't work out that date.", example);

    private static Parsed<DateOnly> Fail(string problem, string example) => Parsed<DateOnly>.Fail(Replies.Reason(problem, example));
}
