using KhataBot.Core.Reports.Pictures;

namespace KhataBot.Infrastructure.Charts.Reports;

/// <summary>Turns Core's picture figures (paise) into the chart layer's charts (rupees).</summary>
internal static class ReportCharts
{
    /// <summary>Past this ratio of the line to the tallest bar the line gets its own axis, or the bars flatten.</summary>
    private const decimal OwnAxisRatio = 3m;

    public static Chart For(ReportPicture picture)
    {
        var heading = new ChartHeading(picture.Title, picture.Subtitle);
        return picture switch
        {
            FlowPicture flow => Flow(heading, flow),
            SharesPicture shares => new DonutChart(heading, [.. shares.Parts.Select(p => new Slice(p.Name, Rupees(p.Paise)))]),
            BudgetsPicture budgets => new HorizontalBarChart(heading,
                [.. budgets.Budgets.Select(b => new HorizontalBar(b.Category, Rupees(b.SpentPaise), Rupees(b.LimitPaise)))]),
            AmountsPicture amounts => new HorizontalBarChart(heading, [.. amounts.Amounts.Select(a => new HorizontalBar(a.Name, Rupees(a.Paise)))]),
            AgedDuesPicture aged => new BarChart(heading, XAxis.Names(aged.Customers.Select(c => c.Name)),
                [.. DueAge.BucketNames.Select((name, i) => new Series(name, [.. aged.Customers.Select(c => Rupees(c.BucketPaise[i]))]))],
                BarMode.Stacked),
            _ => throw new ArgumentException($"No chart for {picture.GetType().Name}.", nameof(picture)),
        };
    }

    private static BarLineChart Flow(ChartHeading heading, FlowPicture flow)
    {
        var x = flow.ByMonth ? XAxis.Months(flow.From, flow.To) : XAxis.Days(flow.From, flow.To);
        var tallestBar = flow.CreditPaise.Concat(flow.PaymentPaise).DefaultIfEmpty(0).Max();
        var highestLine = flow.OwedPaise.Select(Math.Abs).DefaultIfEmpty(0).Max();
        return new BarLineChart(heading, x,
            [new Series("Credit given", Values(flow.CreditPaise)), new Series("Payments received", Values(flow.PaymentPaise))],
            new Series(flow.OwedName, Values(flow.OwedPaise)),
            LineOnRightAxis: highestLine > tallestBar * OwnAxisRatio);
    }

    private static List<decimal> Values(IEnumerable<long> paise) => [.. paise.Select(Rupees)];

    private static decimal Rupees(long paise) => paise / 100m;
}
