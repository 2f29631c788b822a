using KhataBot.Core.Money;
using KhataBot.Core.Reports;
using KhataBot.Core.Reports.Pictures;
using ScottPlot;
using static KhataBot.Infrastructure.Charts.Kinds.ChartAxes;

namespace KhataBot.Infrastructure.Charts.Kinds;

/// <summary>Shares of a whole as a donut with the percent on each slice large enough to hold it, and a legend at
/// the side giving each name, amount and percent; past six slices the smallest are folded into "Others".</summary>
internal static class SharesChart
{
    public const int MaxSlices = 7;

    /// <summary>A percent on a thinner slice would not fit inside it; the legend still says it.</summary>
    private const int MinLabelledPercent = 5;

    public static ChartPlan Plan(SharesPicture shares, IReadOnlyDictionary<string, string> colours)
    {
        var slices = Fold(shares.Parts);
        if (slices.Count == 0) return ChartPlan.Empty;
        var percents = Shares.Percentages([.. slices.Select(s => s.Paise)]);
        var palette = new CategoryColours();
        string ColourOf(string name) => colours.TryGetValue(name, out var given) ? given : palette.For(name);

        return new ChartPlan
        {
            Build = plot =>
            {
                var pie = plot.Add.Pie([.. slices.Select((s, i) => new PieSlice
                {
                    Value = Rupees(s.Paise),
                    FillColor = Colour(ColourOf(s.Name)),
                    Label = percents[i] >= MinLabelledPercent ? $"{percents[i]}%" : "",
                })]);
                pie.DonutFraction = 0.5;
                pie.SliceLabelDistance = 0.75;
                pie.LineColor = Colors.White;
                pie.LineWidth = 3;
                for (var i = 0; i < slices.Count; i++)
                {
                    pie.Slices[i].LabelStyle.FontSize = ChartStyle.LabelSize;
                    pie.Slices[i].LabelStyle.Bold = true;
                    pie.Slices[i].LabelStyle.ForeColor = Colour(CategoryColours.TextOn(ColourOf(slices[i].Name)));
                }

                plot.Axes.Frameless();
                plot.HideGrid();
                plot.Axes.SquareUnits();
            },
            SideLegend = [.. slices.Select((s, i) => new LegendLine(s.Name,
                $"{IndianMoney.FormatPaise(s.Paise)} · {(percents[i] == 0 ? "<1" : percents[i])}%", ColourOf(s.Name)))],
        };
    }

    private static List<NamedSum> Fold(IReadOnlyList<NamedSum> parts)
    {
        var named = parts.Where(p => p.Paise > 0).OrderByDescending(p => p.Paise).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (named.Count <= MaxSlices) return named;
        var others = named.Skip(MaxSlices - 1).Sum(p => p.Paise);
        return [.. named.Take(MaxSlices - 1), new NamedSum(CategoryColours.OthersName, others)];
    }
}
