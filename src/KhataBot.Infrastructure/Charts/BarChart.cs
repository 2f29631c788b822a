namespace KhataBot.Infrastructure.Charts;

/// <summary>Vertical bars, one group (or stack) per x label, one bar per series.</summary>
public sealed record BarChart(ChartHeading Heading, XAxis X, IReadOnlyList<Series> Series, BarMode Mode = BarMode.Grouped)
    : Chart(Heading);

public enum BarMode
{
    /// <summary>The series side by side.</summary>
    Grouped,

    /// <summary>The series on top of each other, with the total above the stack.</summary>
    Stacked,
}
