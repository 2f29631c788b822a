using System.Globalization;

namespace KhataBot.Core.Parsing;

/// <summary>
/// A due date written without a year that has just passed ("due 1 dec" on 2 Dec): refused with what
/// happened and the nearest date that makes sense, the same day of the next month, rather than silently
/// moved a year ahead.
/// </summary>
internal static class PassedDue
{
    /// <summary>How far back a year-less due date counts as a slip rather than next year's date.</summary>
    public const int Days = 60;

    public static string Explain(DateOnly passed, CalendarDay day, DateOnly entryDate)
    {
        var ago = entryDate.DayNumber - passed.DayNumber;
        var when = ago == 1 ? "yesterday" : $"{ago.ToString(CultureInfo.InvariantCulture)} days ago";
        var nearest = NextWithDay(day.Day, entryDate);
        return $"{CalendarWords.Show(passed)} has already passed ({when}), so it can't be the due date. "
            + $"Did you mean due {Short(nearest)}? For next year write due {Short(passed)} {(passed.Year + 1).ToString(CultureInfo.InvariantCulture)}.";
    }

    /// <summary>The first date after <paramref name="from"/> with this day of the month, or the month's
    /// last day where it has none (31 in a 30-day month).</summary>
    private static DateOnly NextWithDay(int day, DateOnly from)
    {
        for (var months = 0; months <= 12; months++)
        {
            var month = new DateOnly(from.Year, from.Month, 1).AddMonths(months);
            var candidate = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
            if (candidate > from) return candidate;
        }

        return from.AddDays(1);
    }

    private static string Short(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture).ToLowerInvariant();
}
