using System.Diagnostics;
using KhataBot.Core;
using KhataBot.Core.Abstractions;
using Microsoft.Data.Sqlite;

namespace KhataBot.Benchmarks;

/// <summary>
/// 20,000 mixed messages from 1,000 shops through the real path (parse, handler, SQLite commit, reply text),
/// against the bare limit: as many one-row transactional inserts with Microsoft.Data.Sqlite on the same
/// file settings (WAL, synchronous FULL, pooled connections).
/// Shops write at the same time, as they do on Telegram: the chats are spread over lanes that run
/// concurrently, each chat's own messages in order, each waiting for its reply before the next; and the
/// same traffic one message at a time. The line leads with the one-at-a-time figures.
/// </summary>
internal static class PipelineBenchmark
{
    private const int Messages = 20_000;
    private const int Shops = 1_000;
    private const int Lanes = 8;

    public static async Task<string> RunAsync()
    {
        var concurrent = await RunTrafficAsync(Lanes);
        var sequential = await RunTrafficAsync(1);
        var rawPerSecond = await RawInsertsPerSecondAsync();
        var failed = concurrent.Failures + sequential.Failures > 0 ? $" failures={concurrent.Failures + sequential.Failures}" : "";
        // The headline is one message at a time, as the issue defines it; the concurrent run follows.
        return $"RESULT pipeline msgs/s={sequential.PerSecond:F0} raw_inserts/s={rawPerSecond:F0} ratio={sequential.PerSecond / rawPerSecond:F2} " +
               $"p99_ms={sequential.P99:F2} concurrent_chats={Lanes} concurrent_msgs/s={concurrent.PerSecond:F0} " +
               $"concurrent_ratio={concurrent.PerSecond / rawPerSecond:F2} concurrent_p99_ms={concurrent.P99:F2}{failed}";
    }

    private static async Task<(double PerSecond, double P99, int Failures)> RunTrafficAsync(int lanes)
    {
        await using var book = await BenchmarkBook.CreateAsync($"pipeline-{lanes}");

        // Warm up JIT and pools on other chats, so the timed run measures the steady state.
        foreach (var (chat, text) in MixedMessages.Generate(2_000, 50, firstChatId: 900_000, seed: 7))
        {
            await book.Engine.HandleAsync(new IncomingMessage(chat, "bench", text), CancellationToken.None);
        }

        var messages = MixedMessages.Generate(Messages, Shops, firstChatId: 1, seed: 42);
        var byLane = messages.GroupBy(m => m.ChatId % lanes).Select(g => g.ToList()).ToList();
        var latencies = new List<double>[byLane.Count];
        var failures = 0;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(byLane.Select((lane, index) => Task.Run(async () =>
        {
            var mine = latencies[index] = new List<double>(lane.Count);
            foreach (var (chat, text) in lane)
            {
                var started = Stopwatch.GetTimestamp();
                var reply = await book.Engine.HandleAsync(new IncomingMessage(chat, "bench", text), CancellationToken.None);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (reply.Text == KhataEngine.SomethingWentWrong) Interlocked.Increment(ref failures);
            }
        })));
        total.Stop();

        return (Messages / total.Elapsed.TotalSeconds, Percentiles.Of(latencies.SelectMany(l => l).ToList(), 99), failures);
    }

    private static async Task<double> RawInsertsPerSecondAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "khatabot-bench", $"raw-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var connectionString = $"Data Source={Path.Combine(directory, "raw.db")}";
        try
        {
            await using (var setup = new SqliteConnection(connectionString))
            {
                await setup.OpenAsync();
                await using var command = setup.CreateCommand();
                command.CommandText = """
                    PRAGMA journal_mode=WAL;
                    CREATE TABLE Entries (Id INTEGER PRIMARY KEY AUTOINCREMENT, ShopId INTEGER NOT NULL, Number INTEGER NOT NULL,
                      Kind INTEGER NOT NULL, AmountPaise INTEGER NOT NULL, Note TEXT, Date TEXT NOT NULL);
                    """;
                await command.ExecuteNonQueryAsync();
            }

            var watch = Stopwatch.StartNew();
            for (var i = 0; i < Messages; i++)
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var transaction = connection.BeginTransaction();
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO Entries (ShopId, Number, Kind, AmountPaise, Note, Date) VALUES ($shop, $number, 1, $amount, 'groceries', '2026-11-21')";
                insert.Parameters.AddWithValue("$shop", i % Shops);
                insert.Parameters.AddWithValue("$number", i);
                insert.Parameters.AddWithValue("$amount", 50_000 + i);
                await insert.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }

            return Messages / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
