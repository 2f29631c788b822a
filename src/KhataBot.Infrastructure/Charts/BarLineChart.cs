namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Grouped bars with a line over them, such as credit given and payments received per day with the total
/// owed as the line. The line shares the left axis unless <paramref name="LineOnRightAxis"/>: a running
/// total is often ten times a day's bars, which would flatten them.
/// </summary>
public sealed record BarLineChart(ChartHeading Heading, XAxis X, IReadOnlyList<Series> Bars, Series Line, bool LineOnRightAxis = false)
    : Chart(Heading);
