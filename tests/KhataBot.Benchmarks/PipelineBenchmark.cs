using System.Diagnostics;
using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure.Data;

namespace KhataBot.Benchmarks;

/// <summary>
/// 20,000 mixed messages from 1,000 shops through the real path (parse, handler, commit, reply text),
/// against the bare limit: as many one-row transactional inserts with the provider's own driver
/// (<see cref="RawInserts"/>). First on a SQLite file (WAL, synchronous FULL, pooled connections), then on
/// PostgreSQL when KHATA_TEST_PG names a server (a database of its own; the line ends with the server's
/// fsync and synchronous_commit, since .ci/pg-cluster turns both off), each on its own line.
/// Shops write at the same time, as they do on Telegram: the chats are spread over lanes that run
/// concurrently, each chat's own messages in order, each waiting for its reply before the next; and the
/// same traffic one message at a time. The line leads with the one-at-a-time figures, and the bare inserts
/// run in rounds between its rounds.
/// </summary>
internal static class PipelineBenchmark
{
    private const int Messages = 20_000;
    private const int Shops = 1_000;
    private const int Lanes = 8;

    /// <summary>The one-at-a-time run alternates with the bare inserts in rounds of this many.</summary>
    private const int Round = 1_000;

    public static async Task<string> RunAsync()
    {
        var sqlite = await RunOnAsync(DatabaseProvider.Sqlite);
        var postgres = ScratchPostgresDatabase.Server is null
            ? $"RESULT pipeline provider=postgres skipped: {ScratchPostgresDatabase.SkippedReason}"
            : await RunOnAsync(DatabaseProvider.Postgres);
        return sqlite + Environment.NewLine + postgres;
    }

    private static async Task<string> RunOnAsync(DatabaseProvider provider)
    {
        var concurrent = await RunTrafficAsync(provider, Lanes, raw: null);
        await using var raw = await RawInserts.CreateAsync(provider);
        var sequential = await RunTrafficAsync(provider, 1, raw);
        var rawPerSecond = raw.PerSecond;
        var failed = concurrent.Failures + sequential.Failures > 0 ? $" failures={concurrent.Failures + sequential.Failures}" : "";
        // The headline is one message at a time, as the issue defines it; the concurrent run follows.
        return $"RESULT pipeline provider={provider.ToString().ToLowerInvariant()} msgs/s={sequential.PerSecond:F0} raw_inserts/s={rawPerSecond:F0} ratio={sequential.PerSecond / rawPerSecond:F2} " +
               $"p99_ms={sequential.P99:F2} concurrent_chats={Lanes} concurrent_msgs/s={concurrent.PerSecond:F0} " +
               $"concurrent_ratio={concurrent.PerSecond / rawPerSecond:F2} concurrent_p99_ms={concurrent.P99:F2}{failed}{sequential.Durability}";
    }

    /// <param name="raw">Given, its inserts run in rounds between the traffic's (one lane only).</param>
    private static async Task<(double PerSecond, double P99, int Failures, string Durability)> RunTrafficAsync(DatabaseProvider provider, int lanes, RawInserts? raw)
    {
        await using var book = await BenchmarkBook.CreateAsync($"pipeline-{lanes}", provider);

        // Warm up JIT and pools on other chats, so the timed run measures the steady state.
        foreach (var (chat, text) in MixedMessages.Generate(5_000, 50, firstChatId: 900_000, seed: 7))
        {
            await book.Engine.HandleAsync(new IncomingMessage(chat, "bench", text), CancellationToken.None);
        }

        await SteadyState.LetTieredCompilationFinishAsync();

        var messages = MixedMessages.Generate(Messages, Shops, firstChatId: 1, seed: 42);
        var latencies = new List<double>(Messages);
        var failures = 0;
        var busy = TimeSpan.Zero;
        var rounds = raw is null ? [messages] : messages.Chunk(Round).Select(c => c.ToList()).ToList();
        foreach (var round in rounds)
        {
            var byLane = round.GroupBy(m => m.ChatId % lanes).Select(g => g.ToList()).ToList();
            var laneLatencies = new List<double>[byLane.Count];
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(byLane.Select((lane, index) => Task.Run(async () =>
            {
                var mine = laneLatencies[index] = new List<double>(lane.Count);
                foreach (var (chat, text) in lane)
                {
                    var started = Stopwatch.GetTimestamp();
                    var reply = await book.Engine.HandleAsync(new IncomingMessage(chat, "bench", text), CancellationToken.None);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (reply.Outcome is not KhataBot.Core.Abstractions.MessageOutcome.Applied) Interlocked.Increment(ref failures);
                }
            })));
            busy += watch.Elapsed;
            latencies.AddRange(laneLatencies.SelectMany(l => l));
            if (raw is not null)
            {
                await raw.InsertAsync(round.Count, Shops);
            }
        }

        return (Messages / busy.TotalSeconds, Percentiles.Of(latencies, 99), failures, await book.DurabilityAsync());
    }
}
