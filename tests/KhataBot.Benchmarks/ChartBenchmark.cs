using System.Diagnostics;
using KhataBot.Core.Budgets;
using KhataBot.Core.Reports;
using KhataBot.Core.Reports.Pictures;
using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Charts.Reports;
using ScottPlot;

namespace KhataBot.Benchmarks;

/// <summary>
/// A month of daily credit and payments (31 days, two bar series) with the total owed as a line, 1200×800:
/// the median time for our code to build the picture (the description a reply carries, read back, and the
/// ScottPlot plot made from it), to draw it to a PNG as the transport does, and for a bare ScottPlot plot of
/// the same data and size to be rendered to PNG, in the same run. Then a whole report's three pictures.
/// Targets: ours within 1.1× of the bare plot; the report's three PNGs under 150 ms.
/// </summary>
internal static class ChartBenchmark
{
    private const int Runs = 40;

    public static async Task<string> RunAsync()
    {
        var flow = MonthOfCredit();
        var description = Describe([flow])[0];
        for (var i = 0; i < 10; i++)
        {
            ChartImage.Png(description);
            BarePng(flow);
        }

        await SteadyState.LetTieredCompilationFinishAsync();

        // Alternated, so drift in the machine's load falls on both alike.
        var plot = new List<double>(Runs);
        var png = new List<double>(Runs);
        var bare = new List<double>(Runs);
        var report = new List<double>(Runs);
        var set = Describe([flow, Expenses(), Budgets()]);
        for (var i = 0; i < Runs; i++)
        {
            plot.Add(Time(() => BuildPlot(flow)));
            png.Add(Time(() => ChartImage.Png(description)));
            bare.Add(Time(() => BarePng(flow)));
            report.Add(Time(() => { foreach (var picture in set) ChartImage.Png(picture); }));
        }

        return $"RESULT chart plot_ms={Percentiles.Of(plot, 50):F2} png_ms={Percentiles.Of(png, 50):F2} bare_png_ms={Percentiles.Of(bare, 50):F2}\n"
            + $"RESULT report_pictures pngs=3 ms={Percentiles.Of(report, 50):F2}";
    }

    private static IReadOnlyList<ChartDescription> Describe(IReadOnlyList<ReportPicture> pictures) =>
        [.. new ChartReportPictures().Draw(pictures).Select(file => ChartDescription.FromJson(file.Content))];

    /// <summary>Our part before any pixel: the description written and read back, and the plot built from it.</summary>
    private static void BuildPlot(FlowPicture flow)
    {
        var plan = ChartPlan.For(Describe([flow])[0]);
        using var plot = new Plot();
        plan.Build(plot);
    }

    /// <summary>The least a program does with ScottPlot for the same picture: two bar series, a line, PNG bytes.</summary>
    private static byte[] BarePng(FlowPicture flow)
    {
        using var plot = new Plot();
        plot.Add.Bars(flow.CreditPaise.Select((p, i) => new Bar { Position = i - 0.2, Value = p / 100.0, Size = 0.38 }).ToList());
        plot.Add.Bars(flow.PaymentPaise.Select((p, i) => new Bar { Position = i + 0.2, Value = p / 100.0, Size = 0.38 }).ToList());
        var line = plot.Add.Scatter(Enumerable.Range(0, flow.OwedPaise.Count).Select(i => (double)i).ToArray(), flow.OwedPaise.Select(p => p / 100.0).ToArray());
        line.Axes.YAxis = plot.Axes.Right;
        plot.Title(flow.Title);
        return plot.GetImageBytes(1200, 800, ImageFormat.Png);
    }

    private static FlowPicture MonthOfCredit()
    {
        var random = new Random(31);
        var credit = Enumerable.Range(0, 31).Select(_ => random.Next(0, 5_000) * 100L).ToList();
        var payments = Enumerable.Range(0, 31).Select(_ => random.Next(0, 4_000) * 100L).ToList();
        var owed = new List<long>();
        var total = 50_000_00L;
        for (var i = 0; i < 31; i++) owed.Add(total += credit[i] - payments[i]);
        return new FlowPicture("credit-and-payments.png", "Credit given and payments received", "Benchmark Stores · July 2026",
            new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31), false, credit, payments, owed);
    }

    private static SharesPicture Expenses() => new("expenses.png", "Expenses by category", "Benchmark Stores · July 2026",
        [new NamedSum("stock", 1_84_000_00), new NamedSum("rent", 25_000_00), new NamedSum("बिजली", 4_350_00), new NamedSum("tea", 1_150_00)]);

    private static BudgetsPicture Budgets() => new("budgets.png", "Budgets used", "Benchmark Stores · July 2026",
        [new BudgetUse("stock", 1_84_000_00, 2_00_000_00), new BudgetUse("rent", 25_000_00, 25_000_00), new BudgetUse("बिजली", 4_350_00, 3_500_00)]);

    private static double Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
