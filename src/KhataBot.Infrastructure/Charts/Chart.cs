namespace KhataBot.Infrastructure.Charts;

/// <summary>What every chart has: a heading, a size in pixels and what to say when there is nothing to draw.
/// The kinds are <see cref="BarChart"/>, <see cref="LineChart"/>, <see cref="BarLineChart"/>,
/// <see cref="HorizontalBarChart"/> and <see cref="DonutChart"/>; <see cref="ChartSvg"/> draws any of them.</summary>
public abstract record Chart(ChartHeading Heading)
{
    public const string DefaultEmptyMessage = "Nothing to show for this period yet";

    public ChartSize Size { get; init; } = ChartSize.Default;

    public string EmptyMessage { get; init; } = DefaultEmptyMessage;
}
