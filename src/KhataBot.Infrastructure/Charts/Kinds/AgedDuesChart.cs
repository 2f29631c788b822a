using KhataBot.Core.Money;
using KhataBot.Core.Reports.Pictures;
using ScottPlot;
using static KhataBot.Infrastructure.Charts.Kinds.ChartAxes;

namespace KhataBot.Infrastructure.Charts.Kinds;

/// <summary>What each customer owes as one bar split by age, from new (sky) to old (dark red), the total at its end.</summary>
internal static class AgedDuesChart
{
    public static IReadOnlyList<string> BucketColours { get; } = ["#56B4E9", "#E69F00", "#D55E00", "#7B1E1E"];

    public static ChartPlan Plan(AgedDuesPicture picture)
    {
        var customers = picture.Customers;
        if (customers.Count == 0) return ChartPlan.Empty;
        return new ChartPlan
        {
            Names = [.. customers.Select(c => c.Name)],
            Build = plot =>
            {
                var starts = new double[customers.Count];
                for (var bucket = 0; bucket < DueAge.BucketNames.Count; bucket++)
                {
                    var last = bucket == DueAge.BucketNames.Count - 1;
                    var bars = plot.Add.Bars((List<Bar>)[.. customers.Select((c, i) =>
                    {
                        var part = Rupees(c.BucketPaise[bucket]);
                        var bar = new Bar
                        {
                            Position = customers.Count - 1 - i,
                            ValueBase = starts[i],
                            Value = starts[i] + part,
                            Size = 0.65,
                            FillColor = Colour(BucketColours[bucket]),
                            LineWidth = 0,
                            Label = last ? IndianMoney.FormatPaise(c.Paise) : "",
                        };
                        starts[i] += part;
                        return bar;
                    })]);
                    bars.Horizontal = true;
                    bars.LegendText = DueAge.BucketNames[bucket];
                    bars.ValueLabelStyle.FontSize = ChartStyle.ValueSize;
                }

                Money(plot.Axes.Bottom);
                NameRows(plot, customers.Count, Rupees(customers.Max(c => c.Paise)) * 1.35);
                plot.ShowLegend(Edge.Bottom);
            },
        };
    }
}
