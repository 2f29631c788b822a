namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// One bar per row, largest first as given. When every bar has a limit the chart shows each as a share of
/// its own limit (budget use), with markers at <see cref="Markers"/> percent and over-limit bars in red;
/// otherwise it shows the amounts (who owes most).
/// </summary>
public sealed record HorizontalBarChart(ChartHeading Heading, IReadOnlyList<HorizontalBar> Bars) : Chart(Heading)
{
    public IReadOnlyList<decimal> Markers { get; init; } = [80m, 100m];

    public bool ShowsLimits => Bars.Count > 0 && Bars.All(b => b.Limit is > 0);
}

/// <param name="Limit">The budget the value is measured against, if any.</param>
public sealed record HorizontalBar(string Label, decimal Value, decimal? Limit = null)
{
    public decimal PercentOfLimit => Limit is > 0 ? Value * 100m / Limit.Value : 0m;
}
