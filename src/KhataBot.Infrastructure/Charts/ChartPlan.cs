using KhataBot.Core.Reports.Pictures;
using KhataBot.Infrastructure.Charts.Kinds;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// What one chart draws: the ScottPlot plottables and axes (<see cref="Build"/>), and the text ScottPlot cannot
/// draw for us. ScottPlot draws each label in one font, so names that may be Devanagari, Latin or both (customers,
/// categories) are drawn by <see cref="ChartImage"/> with the HarfBuzz shaper: beside the bars of a name axis
/// (<see cref="Names"/>) and in a legend at the side (<see cref="SideLegend"/>).
/// </summary>
internal sealed class ChartPlan
{
    public required Action<ScottPlot.Plot> Build { get; init; }

    /// <summary>Names for the left axis, the first at the top: bar i is at y = Names.Count - 1 - i.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<LegendLine> SideLegend { get; init; } = [];

    public bool IsEmpty { get; init; }

    public static ChartPlan For(ChartDescription description) => description.Picture switch
    {
        FlowPicture flow => FlowChart.Plan(flow),
        SharesPicture shares => SharesChart.Plan(shares, description.Colours),
        BudgetsPicture budgets => BudgetsChart.Plan(budgets),
        AmountsPicture amounts => AmountsChart.Plan(amounts),
        AgedDuesPicture aged => AgedDuesChart.Plan(aged),
        _ => throw new ArgumentException($"No chart for {description.Picture.GetType().Name}.", nameof(description)),
    };

    public static ChartPlan Empty { get; } = new() { Build = _ => { }, IsEmpty = true };
}

/// <param name="Detail">The figures beside the name: "₹1,200 · 45%".</param>
internal sealed record LegendLine(string Name, string Detail, string Colour);
