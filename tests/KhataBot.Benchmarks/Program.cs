using KhataBot.Benchmarks;

// Speed targets live here, not in timed unit tests. Each benchmark prints one line beginning RESULT.
//   dotnet run -c Release --project tests/KhataBot.Benchmarks -- pipeline report telegram fanout chart statement sweep oneoff dashboard scaleout
var known = new Dictionary<string, Func<Task<string>>>
{
    ["pipeline"] = PipelineBenchmark.RunAsync,
    ["report"] = ReportBenchmark.RunAsync,
    ["telegram"] = TelegramBenchmark.RunAsync,
    ["fanout"] = FanoutBenchmark.RunAsync,
    ["chart"] = ChartBenchmark.RunAsync,
    ["statement"] = StatementBenchmark.RunAsync,
    ["sweep"] = SweepBenchmark.RunAsync,
    ["oneoff"] = OneOffBenchmark.RunAsync,
    ["dashboard"] = DashboardBenchmark.RunAsync,
    ["scaleout"] = ScaleOutBenchmark.RunAsync,
};

var selected = args.Length == 0 ? [.. known.Keys] : args;
foreach (var name in selected)
{
    if (!known.TryGetValue(name, out var run))
    {
        Console.Error.WriteLine($"Unknown benchmark '{name}'. Known: {string.Join(", ", known.Keys)}");
        return 2;
    }

    Console.WriteLine(await run());
}

return 0;
