using KhataBot.Core.Money;
using KhataBot.Core.Reports.Pictures;
using ScottPlot;
using static KhataBot.Infrastructure.Charts.Kinds.ChartAxes;

namespace KhataBot.Infrastructure.Charts.Kinds;

/// <summary>One bar per name, largest first as given, its full amount ("₹1,20,000") at its end.</summary>
internal static class AmountsChart
{
    public const string Bar = "#0072B2";

    public static ChartPlan Plan(AmountsPicture picture)
    {
        var amounts = picture.Amounts;
        if (amounts.Count == 0) return ChartPlan.Empty;
        return new ChartPlan
        {
            Names = [.. amounts.Select(a => a.Name)],
            Build = plot =>
            {
                var bars = plot.Add.Bars((List<ScottPlot.Bar>)[.. amounts.Select((a, i) => new ScottPlot.Bar
                {
                    Position = amounts.Count - 1 - i,
                    Value = Rupees(a.Paise),
                    Size = 0.65,
                    FillColor = Colour(Bar),
                    LineWidth = 0,
                    Label = IndianMoney.FormatPaise(a.Paise),
                })]);
                bars.Horizontal = true;
                bars.ValueLabelStyle.FontSize = ChartStyle.ValueSize;
                Money(plot.Axes.Bottom);
                NameRows(plot, amounts.Count, Rupees(amounts.Max(a => a.Paise)) * 1.35);
            },
        };
    }
}
