using KhataBot.Benchmarks;

// Speed targets live here, not in timed unit tests. Each benchmark prints lines beginning RESULT, most one
// (pipeline one per provider, scaleout one per instance count). KHATA_TEST_PG, an Npgsql connection string to a server
// where databases may be created (`bash .ci/pg-cluster start DIR` prints one), adds pipeline's PostgreSQL
// line and runs scaleout; without it those say they were skipped.
//   dotnet run -c Release --project tests/KhataBot.Benchmarks -- pipeline report telegram fanout chart statement sweep oneoff dashboard scaleout
// The Telegram benchmark's Bot API stand-in, started by it as a process of its own.
if (args is [StandInServerProcess.Argument]) return await StandInServerProcess.RunAsync();

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
