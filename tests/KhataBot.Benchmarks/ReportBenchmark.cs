using System.Diagnostics;
using KhataBot.Core.Abstractions;

namespace KhataBot.Benchmarks;

/// <summary>
/// "report last month" for a shop whose book holds 200,000 entries spread over the past year
/// (about 16,000 in the month), through the real path. Target p50 ≤ 50 ms: sums happen in SQL.
/// </summary>
internal static class ReportBenchmark
{
    private const int Entries = 200_000;
    private const int Customers = 1_000;
    private const long ChatId = 4242;
    private const int Runs = 40;

    public static async Task<string> RunAsync()
    {
        await using var book = await BenchmarkBook.CreateAsync("report");
        await book.Engine.HandleAsync(new IncomingMessage(ChatId, "bench", "help"), CancellationToken.None); // makes the shop
        await BookSeed.WriteAsync(book.ConnectionString, ChatId, new BookSeed.Shape(Entries, Customers, Days: 365));

        var message = new IncomingMessage(ChatId, "bench", "report last month");
        for (var i = 0; i < 5; i++)
        {
            await book.Engine.HandleAsync(message, CancellationToken.None);
        }

        var samples = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await book.Engine.HandleAsync(message, CancellationToken.None);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return $"RESULT report entries={Entries} p50_ms={Percentiles.Of(samples, 50):F2}";
    }
}
