namespace KhataBot.Infrastructure.Charts;

/// <summary>Lines through one point per x label; <paramref name="Area"/> shades the space under each line.</summary>
public sealed record LineChart(ChartHeading Heading, XAxis X, IReadOnlyList<Series> Series, bool Area = false)
    : Chart(Heading);
