using System.Diagnostics;
using KhataBot.Core;
using KhataBot.Core.Abstractions;
using Microsoft.Data.Sqlite;

namespace KhataBot.Benchmarks;

/// <summary>
/// 20,000 mixed messages from 1,000 shops through the real path (parse, handler, SQLite commit, reply text),
/// against the bare limit: as many one-row transactional inserts with Microsoft.Data.Sqlite on the same
/// file settings (WAL, synchronous FULL, pooled connections).
/// </summary>
internal static class PipelineBenchmark
{
    private const int Messages = 20_000;
    private const int Shops = 1_000;

    public static async Task<string> RunAsync()
    {
        await using var book = await BenchmarkBook.CreateAsync("pipeline");

        // Warm up JIT and pools on other chats, so the timed run measures the steady state.
        foreach (var (chat, text) in MixedMessages.Generate(2_000, 50, firstChatId: 900_000, seed: 7))
        {
            await book.Engine.HandleAsync(new IncomingMessage(chat, "bench", text), CancellationToken.None);
        }

        var messages = MixedMessages.Generate(Messages, Shops, firstChatId: 1, seed: 42);
        var latencies = new List<double>(Messages);
        var failures = 0;
        var total = Stopwatch.StartNew();
        foreach (var (chat, text) in messages)
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await book.Engine.HandleAsync(new IncomingMessage(chat, "bench", text), CancellationToken.None);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (reply.Text == KhataEngine.SomethingWentWrong) failures++;
        }

        total.Stop();
        var messagesPerSecond = Messages / total.Elapsed.TotalSeconds;
        var rawPerSecond = await RawInsertsPerSecondAsync(book.Directory);
        var ratio = messagesPerSecond / rawPerSecond;
        var failed = failures > 0 ? $" failures={failures}" : "";
        return $"RESULT pipeline msgs/s={messagesPerSecond:F0} raw_inserts/s={rawPerSecond:F0} ratio={ratio:F2} p99_ms={Percentiles.Of(latencies, 99):F2}{failed}";
    }

    private static async Task<double> RawInsertsPerSecondAsync(string directory)
    {
        var path = Path.Combine(directory, "raw.db");
        var connectionString = $"Data Source={path}";
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
}
