using KhataBot.Core.Money;
using KhataBot.Core.Reports.Pictures;
using ScottPlot;
using static KhataBot.Infrastructure.Charts.Kinds.ChartAxes;

namespace KhataBot.Infrastructure.Charts.Kinds;

/// <summary>Each budget's use as a bar of percent, coloured by how close it is to the limit, with lines at 80% and
/// 100% and "₹3,200 of ₹5,000 (64%)" at the end of each bar.</summary>
internal static class BudgetsChart
{
    public const string Within = "#0072B2";
    public const string Near = "#E69F00";
    public const int NearPercent = 80;

    private static LegendItem Item(string text, string colour) => new() { LabelText = text, FillColor = Colour(colour), LineWidth = 0 };

    public static ChartPlan Plan(BudgetsPicture picture)
    {
        var budgets = picture.Budgets;
        if (budgets.Count == 0) return ChartPlan.Empty;
        return new ChartPlan
        {
            Names = [.. budgets.Select(b => b.Category)],
            Build = plot =>
            {
                // The markers first, so the bars' words are written over them.
                foreach (var (percent, colour) in new[] { (NearPercent, Near), (100, CategoryColours.Alarm) })
                {
                    plot.Add.VerticalLine(percent, 3, Colour(colour), LinePattern.Dashed);
                }

                var bars = plot.Add.Bars((List<Bar>)[.. budgets.Select((b, i) => new Bar
                {
                    Position = budgets.Count - 1 - i,
                    Value = b.Percent,
                    Size = 0.6,
                    FillColor = Colour(b.IsOver ? CategoryColours.Alarm : b.Percent >= NearPercent ? Near : Within),
                    LineWidth = 0,
                    Label = $"{IndianMoney.FormatPaise(b.SpentPaise)} of {IndianMoney.FormatPaise(b.LimitPaise)} ({b.Percent}%)",
                })]);
                bars.Horizontal = true;
                bars.ValueLabelStyle.FontSize = ChartStyle.ValueSize;
                // Room right of the longest bar for its words; ticks at the markers, so 80% and 100% are read off the axis.
                var widest = Math.Max(100, budgets.Max(b => b.Percent)) * 1.7;
                double[] ticks = [.. new double[] { 0, 50, NearPercent, 100 }.Concat(Enumerable.Range(3, 20).Select(h => h * 50.0)).Where(t => t <= widest)];
                plot.Axes.Bottom.SetTicks(ticks, [.. ticks.Select(t => $"{t:0}%")]);
                NameRows(plot, budgets.Count, widest);
                plot.Legend.ManualItems.AddRange([Item("Under 80%", Within), Item("80–100%", Near), Item("Over budget", CategoryColours.Alarm)]);
                plot.ShowLegend(Edge.Bottom);
            },
        };
    }
}
