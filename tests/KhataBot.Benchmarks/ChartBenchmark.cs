using System.Diagnostics;
using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Charts.Rendering;

namespace KhataBot.Benchmarks;

/// <summary>
/// A month of daily credit and payments (31 days, two bar series) with the total owed as a line: the
/// median time to lay it out as SVG, to render that SVG to a 1200×800 PNG through our renderer, and for
/// librsvg and cairo to do the same when called directly (<see cref="BareRender"/>), in the same run.
/// Targets: layout under 2 ms; our PNG within 1.2× of the bare one.
/// </summary>
internal static class ChartBenchmark
{
    private const int Width = 1200;
    private const int Height = 800;
    private const int LayoutRuns = 2_000;
    private const int RenderRuns = 40;

    public static Task<string> RunAsync()
    {
        var chart = MonthOfCredit();
        var renderer = new LibrsvgChartRenderer();
        if (!renderer.IsAvailable)
        {
            return Task.FromResult($"RESULT chart unavailable: {renderer.UnavailableReason}");
        }

        var svg = ChartSvg.Render(chart);
        var layout = Median(LayoutRuns, () => ChartSvg.Render(chart));

        // Alternated, so drift in the machine's load falls on both alike.
        var png = new List<double>(RenderRuns);
        var bare = new List<double>(RenderRuns);
        for (var i = 0; i < 5; i++)
        {
            renderer.RenderPng(svg, Width, Height);
            BareRender.Png(svg, Width, Height);
        }

        for (var i = 0; i < RenderRuns; i++)
        {
            png.Add(Time(() => renderer.RenderPng(svg, Width, Height)));
            bare.Add(Time(() => BareRender.Png(svg, Width, Height)));
        }

        return Task.FromResult($"RESULT chart svg_ms={layout:F3} png_ms={Percentiles.Of(png, 50):F2} bare_png_ms={Percentiles.Of(bare, 50):F2}");
    }

    private static BarLineChart MonthOfCredit()
    {
        var random = new Random(31);
        var days = XAxis.Days(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31));
        var credit = days.Labels.Select(_ => random.Next(0, 5_000) * 1m).ToList();
        var payments = days.Labels.Select(_ => random.Next(0, 4_000) * 1m).ToList();
        var owed = new List<decimal>();
        var total = 50_000m;
        for (var i = 0; i < days.Labels.Count; i++) owed.Add(total += credit[i] - payments[i]);
        return new BarLineChart(new ChartHeading("Credit given and payments received", "Benchmark Stores · July 2026"), days,
            [new Series("Credit given", credit), new Series("Payments received", payments)], new Series("Total owed", owed), LineOnRightAxis: true);
    }

    private static double Median(int runs, Action action)
    {
        for (var i = 0; i < 100; i++) action();
        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++) samples.Add(Time(action));
        return Percentiles.Of(samples, 50);
    }

    private static double Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
