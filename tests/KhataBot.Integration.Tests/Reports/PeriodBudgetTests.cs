using KhataBot.Core.Parsing;
using KhataBot.Core.Reports;

namespace KhataBot.Integration.Tests.Reports;

public sealed class PeriodBudgetTests
{
    [Theory]
    [InlineData("2026-11-01", "2026-11-30", 200000, 200000)] // one calendar month: the budget itself
    [InlineData("2026-02-01", "2026-02-28", 200000, 200000)]
    [InlineData("2026-01-01", "2026-12-31", 200000, 2400000)] // a year: twelve budgets
    [InlineData("2026-11-01", "2026-11-07", 200000, 46667)] // 7 of 30 days
    [InlineData("2026-11-25", "2026-12-05", 200000, 72258)] // 6/30 + 5/31 of a month
    public void Limits_follow_the_days_covered(string from, string to, long monthly, long expected) =>
        Assert.Equal(expected, PeriodBudget.LimitPaise(monthly, new DateRange(DateOnly.Parse(from), DateOnly.Parse(to))));

    [Theory]
    [InlineData("2026-11-01", "2026-11-30", "")]
    [InlineData("2026-10-01", "2026-12-31", "monthly limits × 3 months")]
    [InlineData("2026-11-03", "2026-11-09", "monthly limits prorated to 7 days")]
    public void The_basis_is_said_plainly(string from, string to, string expected) =>
        Assert.Equal(expected, PeriodBudget.Basis(new DateRange(DateOnly.Parse(from), DateOnly.Parse(to))));

    [Theory]
    [InlineData(new long[] { 1, 1, 1 }, new[] { 34, 33, 33 })]
    [InlineData(new long[] { 300, 150, 50 }, new[] { 60, 30, 10 })]
    [InlineData(new long[] { 10000, 10000, 10000, 50 }, new[] { 34, 33, 33, 0 })]
    [InlineData(new long[] { 0, 0 }, new[] { 0, 0 })]
    public void Shares_are_whole_percents_that_add_to_one_hundred(long[] amounts, int[] expected)
    {
        var shares = Shares.Percentages(amounts);

        Assert.Equal(expected, shares);
        Assert.True(amounts.Sum() == 0 || shares.Sum() == 100);
    }
}
