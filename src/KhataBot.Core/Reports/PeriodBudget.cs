using KhataBot.Core.Parsing;

namespace KhataBot.Core.Reports;

/// <summary>
/// Budgets are monthly; a report can cover any range of days. The limit for a range is each month's
/// budget times the share of that month's days the range covers. So one calendar month gets exactly
/// the budget, a year gets twelve times it, and a week gets about a quarter of it. This is simple to
/// explain and never compares a year of spending with one month's limit.
/// </summary>
public static class PeriodBudget
{
    public static long LimitPaise(long monthlyPaise, DateRange period)
    {
        var total = 0m;
        for (var month = new DateOnly(period.From.Year, period.From.Month, 1); month <= period.To; month = month.AddMonths(1))
        {
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            var from = period.From > month ? period.From : month;
            var last = month.AddDays(days - 1);
            var to = period.To < last ? period.To : last;
            total += monthlyPaise * (decimal)(to.DayNumber - from.DayNumber + 1) / days;
        }

        return (long)Math.Round(total, MidpointRounding.AwayFromZero);
    }

    /// <summary>How the limits were made, for the report: "" for one calendar month (the budget itself),
    /// "monthly limits × 12 months" for whole months, otherwise "monthly limits prorated to 7 days".</summary>
    public static string Basis(DateRange period)
    {
        var months = WholeMonths(period);
        return months switch
        {
            1 => "",
            > 1 => $"monthly limits × {months} months",
            _ => $"monthly limits prorated to {period.To.DayNumber - period.From.DayNumber + 1} days",
        };
    }

    /// <summary>For a period inside one calendar month that is not the whole month ("report today", "report
    /// this week"): the month from its 1st to the period's last day. A day's or a week's share of a monthly
    /// budget answers no question a shopkeeper asks; how much of this month's budget is used does. Null otherwise.</summary>
    public static DateRange? MonthSoFar(DateRange period)
    {
        if (period.From.Year != period.To.Year || period.From.Month != period.To.Month || WholeMonths(period) == 1)
        {
            return null;
        }

        return new DateRange(new DateOnly(period.To.Year, period.To.Month, 1), period.To);
    }

    /// <summary>The number of calendar months the period covers exactly, or 0 if it starts or ends mid-month.</summary>
    public static int WholeMonths(DateRange period)
    {
        var startsOnFirst = period.From.Day == 1;
        var endsOnLast = period.To.Day == DateTime.DaysInMonth(period.To.Year, period.To.Month);
        return startsOnFirst && endsOnLast && period.To >= period.From
            ? (period.To.Year - period.From.Year) * 12 + period.To.Month - period.From.Month + 1
            : 0;
    }
}
