using System.Globalization;
using KhataBot.Core.Budgets;
using KhataBot.Core.Money;

namespace KhataBot.Core.Reminders.Notices;

/// <summary>
/// Whether a category's spending, kept up for the rest of the month, would pass its budget. The pace is
/// read from the whole days before <c>day</c> (spent on them / how many there are), so the check at the
/// morning's reminder time does not count today as a day with almost nothing spent; on the 1st there is
/// no whole day yet and nothing is projected. A budget already used up is left to <see cref="BudgetAlerts"/>.
/// </summary>
public sealed record BudgetPace(string Category, long SpentPaise, long LimitPaise, DateOnly Day)
{
    public int DaysElapsed => Day.Day - 1;

    public int DaysInMonth => DateTime.DaysInMonth(Day.Year, Day.Month);

    /// <summary>Spending by the month's end at this pace; null on the 1st.</summary>
    public long? ProjectedPaise => DaysElapsed == 0
        ? null
        : (long)Math.Round((decimal)SpentPaise * DaysInMonth / DaysElapsed, MidpointRounding.AwayFromZero);

    public bool ShouldWarn => LimitPaise > 0 && SpentPaise < LimitPaise && ProjectedPaise > LimitPaise;

    /// <summary>"📈 Food is on pace to pass its ₹5,000 budget: ₹3,000 spent in 9 days of November, about ₹10,333 by 30 Nov at this rate."</summary>
    public string Describe()
    {
        var month = Day.ToString("MMMM", CultureInfo.InvariantCulture);
        var end = new DateOnly(Day.Year, Day.Month, DaysInMonth).ToString("d MMM", CultureInfo.InvariantCulture);
        return $"📈 {BudgetAlerts.Capitalised(Category)} is on pace to pass its {IndianMoney.FormatPaise(LimitPaise)} budget: "
            + $"{IndianMoney.FormatPaise(SpentPaise)} spent in {DaysElapsed} {(DaysElapsed == 1 ? "day" : "days")} of {month}, "
            + $"about {IndianMoney.FormatPaise(ProjectedPaise ?? 0)} by {end} at this rate.";
    }
}
