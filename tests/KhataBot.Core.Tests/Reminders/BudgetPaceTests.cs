using KhataBot.Core.Reminders.Notices;

namespace KhataBot.Core.Tests.Reminders;

public class BudgetPaceTests
{
    [Fact]
    public void The_pace_of_the_whole_days_so_far_is_projected_over_the_month()
    {
        // ₹3,000 in the 9 days before the 10th of a 30-day month: ₹10,000 by the 30th, past a ₹9,000 budget.
        var pace = new BudgetPace("food", 300_000, 900_000, new DateOnly(2026, 11, 10));

        Assert.Equal((9, 30, 1_000_000L), (pace.DaysElapsed, pace.DaysInMonth, pace.ProjectedPaise));
        Assert.True(pace.ShouldWarn);
        Assert.Equal("📈 Food is on pace to pass its ₹9,000 budget: ₹3,000 spent in 9 days of November, about ₹10,000 by 30 Nov at this rate.", pace.Describe());
    }

    [Fact]
    public void On_the_first_there_is_no_whole_day_yet_and_nothing_is_projected()
    {
        var pace = new BudgetPace("rent", 1_000_000, 1_500_000, new DateOnly(2026, 12, 1));

        Assert.Null(pace.ProjectedPaise);
        Assert.False(pace.ShouldWarn);
    }

    [Theory]
    [InlineData(2028, 2, 29)] // a leap February
    [InlineData(2027, 2, 28)]
    [InlineData(2026, 1, 31)]
    public void The_month_length_is_the_months_own(int year, int month, int days)
    {
        // One rupee a day for the days before the 11th: the projection is one rupee for each day of the month.
        var pace = new BudgetPace("tea", 1_000, 2_000, new DateOnly(year, month, 11));

        Assert.Equal(days * 100L, pace.ProjectedPaise);
    }

    [Fact]
    public void On_the_last_day_the_pace_is_nearly_the_spending_itself()
    {
        var pace = new BudgetPace("food", 290_000, 299_000, new DateOnly(2026, 11, 30));

        Assert.Equal(300_000L, pace.ProjectedPaise);
        Assert.True(pace.ShouldWarn);
    }

    [Theory]
    [InlineData(100_000, 100_000)] // used up: BudgetAlerts said so already
    [InlineData(120_000, 100_000)] // over
    [InlineData(10_000, 100_000)] // on pace to stay under
    [InlineData(10_000, 0)] // no budget
    public void No_warning_when_over_already_or_not_on_pace_to_pass(long spent, long limit) =>
        Assert.False(new BudgetPace("food", spent, limit, new DateOnly(2026, 11, 15)).ShouldWarn);
}
