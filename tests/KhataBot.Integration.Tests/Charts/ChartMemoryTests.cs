using System.Diagnostics;
using Xunit.Abstractions;

namespace KhataBot.Integration.Tests.Charts;

/// <summary>Alone in its collection, so other tests' allocations do not move the process's memory meanwhile.</summary>
[CollectionDefinition(nameof(ChartMemoryTests), DisableParallelization = true)]
public sealed class ChartMemoryCollection;

[Collection(nameof(ChartMemoryTests))]
public sealed class ChartMemoryTests(ITestOutputHelper output)
{
    private const int Warm = 500;
    private const int Total = 2_000;

    /// <summary>Each picture holds a 1200 × 800 surface (3.7 MB) and a ScottPlot plot with its own: one left undisposed
    /// per picture would add gigabytes over 1,500 more, far past the allocators' own settling.</summary>
    private const long SlackBytes = 48 * 1024 * 1024;

    [Fact]
    public void Drawing_two_thousand_charts_does_not_keep_growing_the_process()
    {
        var descriptions = ExamplePictures.All.Values.Select(ExamplePictures.Described).ToArray();
        var started = Stopwatch.StartNew();
        long afterWarm = 0;

        for (var i = 1; i <= Total; i++)
        {
            var png = Infrastructure.Charts.ChartImage.Png(descriptions[i % descriptions.Length]);
            Assert.True(png.Length > 10_000);
            if (i == Warm) afterWarm = SettledMemory();
        }

        var atEnd = SettledMemory();
        output.WriteLine($"{Total} charts in {started.Elapsed.TotalSeconds:0.0} s; resident after {Warm}: {afterWarm / 1048576.0:0.0} MB, after {Total}: {atEnd / 1048576.0:0.0} MB");
        Assert.True(atEnd - afterWarm < SlackBytes, $"grew {(atEnd - afterWarm) / 1048576.0:0.0} MB from chart {Warm} to {Total}");
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
