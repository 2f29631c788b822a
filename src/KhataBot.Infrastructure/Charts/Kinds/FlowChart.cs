using System.Globalization;
using KhataBot.Core.Reports.Pictures;
using ScottPlot;
using static KhataBot.Infrastructure.Charts.Kinds.ChartAxes;

namespace KhataBot.Infrastructure.Charts.Kinds;

/// <summary>Credit given and payments received as bars per day or month, what is owed as a line; the line gets
/// its own axis on the right when it dwarfs the bars, or the bars would flatten.</summary>
internal static class FlowChart
{
    public const string Credit = "#0072B2";
    public const string Payment = "#009E73";
    public const string Owed = "#D55E00";

    private const double OwnAxisRatio = 3;

    /// <summary>More date labels than this would touch each other.</summary>
    private const int MaxLabels = 8;

    /// <summary>Amounts on the bars only while there are few enough to read.</summary>
    private const int MaxValueLabels = 10;

    public static ChartPlan Plan(FlowPicture flow)
    {
        var slots = flow.CreditPaise.Count;
        if (slots == 0 || flow.CreditPaise.Concat(flow.PaymentPaise).Concat(flow.OwedPaise).All(p => p == 0)) return ChartPlan.Empty;
        return new ChartPlan { Build = plot => Build(plot, flow, slots) };
    }

    private static void Build(Plot plot, FlowPicture flow, int slots)
    {
        var labelled = slots <= MaxValueLabels;
        var credit = plot.Add.Bars(Bars(flow.CreditPaise, -0.2, Credit, labelled));
        credit.LegendText = "Credit given";
        var paid = plot.Add.Bars(Bars(flow.PaymentPaise, 0.2, Payment, labelled));
        paid.LegendText = "Payments received";
        foreach (var bars in new[] { credit, paid }) bars.ValueLabelStyle.FontSize = ChartStyle.ValueSize;

        var owed = plot.Add.Scatter(Enumerable.Range(0, slots).Select(i => (double)i).ToArray(), flow.OwedPaise.Select(Rupees).ToArray());
        owed.LegendText = flow.OwedName;
        owed.Color = Colour(Owed);
        owed.LineWidth = 4;
        owed.MarkerSize = slots <= 31 ? 9 : 0;

        var tallestBar = flow.CreditPaise.Concat(flow.PaymentPaise).DefaultIfEmpty(0).Max();
        var highestLine = flow.OwedPaise.Select(Math.Abs).DefaultIfEmpty(0).Max();
        if (highestLine > tallestBar * OwnAxisRatio && tallestBar > 0)
        {
            owed.Axes.YAxis = plot.Axes.Right;
            Money(plot.Axes.Right);
            plot.Axes.Right.TickLabelStyle.ForeColor = Colour(Owed);
        }

        Money(plot.Axes.Left);
        var step = (slots + MaxLabels - 1) / MaxLabels;
        var ticks = Enumerable.Range(0, slots).Where(i => i % step == 0).ToList();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => Label(flow, i))]);
        plot.Axes.Margins(bottom: 0);
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.ShowLegend(Edge.Bottom);
    }

    private static List<Bar> Bars(IReadOnlyList<long> paise, double offset, string colour, bool labelled) =>
        [.. paise.Select((p, i) => new Bar
        {
            Position = i + offset,
            Value = Rupees(p),
            Size = 0.38,
            FillColor = Colour(colour),
            LineWidth = 0,
            Label = labelled && p > 0 ? IndianMoneyAxis.Format(p / 100m) : "",
        })];

    /// <summary>"5 Dec" for a day, "Dec" for a month ("Dec 2026" when the year changes or begins the chart).</summary>
    private static string Label(FlowPicture flow, int slot)
    {
        if (!flow.ByMonth) return flow.From.AddDays(slot).ToString("d MMM", CultureInfo.InvariantCulture);
        var month = new DateOnly(flow.From.Year, flow.From.Month, 1).AddMonths(slot);
        return month.ToString(slot == 0 || month.Month == 1 ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture);
    }
}
