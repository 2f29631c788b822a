using System.Diagnostics;
using KhataBot.Infrastructure.Charts;
using KhataBot.Infrastructure.Charts.Rendering;
using Xunit.Abstractions;

namespace KhataBot.Integration.Tests.Charts;

/// <summary>Alone in its collection, so other tests' allocations do not move the process's memory meanwhile.</summary>
[CollectionDefinition(nameof(RendererMemoryTests), DisableParallelization = true)]
public sealed class RendererMemoryCollection;

[Collection(nameof(RendererMemoryTests))]
public sealed class RendererMemoryTests(ITestOutputHelper output)
{
    private const int Warm = 500;
    private const int Total = 2_000;

    /// <summary>
    /// The full document, fitted to a third of the size: parsing, text layout and every native object are
    /// the same, and 2,000 renders take seconds instead of minutes. A leaked surface would still cost 0.4 MB
    /// a render and a leaked handle its whole parsed document, so 1,500 more renders would add hundreds of
    /// megabytes. The slack allows for the allocators' own settling.
    /// </summary>
    private const int Width = 400;
    private const int Height = 267;
    private const long SlackBytes = 24 * 1024 * 1024;

    [Fact]
    public void Rendering_two_thousand_charts_does_not_keep_growing_the_process()
    {
        var renderer = new LibrsvgChartRenderer();
        Chart[] charts = [ExampleCharts.CreditAndPayments(), ExampleCharts.Expenses(), ExampleCharts.Budgets()];
        var svgs = charts.Select(c => ChartSvg.Render(c)).ToArray();
        var started = Stopwatch.StartNew();
        long afterWarm = 0;

        for (var i = 1; i <= Total; i++)
        {
            var png = renderer.RenderPng(svgs[i % svgs.Length], Width, Height);
            Assert.True(png.Length > 1_000);
            if (i == Warm) afterWarm = SettledMemory();
        }

        var atEnd = SettledMemory();
        output.WriteLine($"{Total} renders in {started.Elapsed.TotalSeconds:0.0} s; resident after {Warm}: {afterWarm / 1048576.0:0.0} MB, after {Total}: {atEnd / 1048576.0:0.0} MB");
        Assert.True(atEnd - afterWarm < SlackBytes, $"grew {(atEnd - afterWarm) / 1048576.0:0.0} MB from render {Warm} to {Total}");
    }

    /// <summary>Resident memory once the managed heap has been collected, so only native memory can differ.</summary>
    private static long SettledMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
