namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Shares of a whole, such as expenses by category. Beyond <see cref="MaxSlices"/> the smallest slices are
/// folded into one "Others" slice, because twenty thin wedges and their labels cannot be read.
/// </summary>
public sealed record DonutChart(ChartHeading Heading, IReadOnlyList<Slice> Slices) : Chart(Heading)
{
    public int MaxSlices { get; init; } = 9;
}

public sealed record Slice(string Name, decimal Value);
