using System.Diagnostics;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Benchmarks;

/// <summary>
/// Updates from 1,000 chats posted by webhook to one instance, then to three on the same PostgreSQL database
/// (each update to one at random, as a proxy would), booked and answered through the outbox; the stand-in's
/// rate limits and the bots' pacing are off. In one process on this machine's two cores, shared with
/// PostgreSQL and the stand-in, so the ratio shows what three instances cost in contention more than what
/// they gain in scale. Needs KHATA_TEST_PG (a server where databases may be created; .ci/pg-cluster).
/// </summary>
internal static class ScaleOutBenchmark
{
    private const int Chats = 1_000;
    private const int Updates = 5_000;

    public static async Task<string> RunAsync()
    {
        if (ScratchPostgresDatabase.Server is null)
        {
            return $"RESULT scaleout skipped: {ScratchPostgresDatabase.SkippedReason}";
        }

        var one = await UpdatesPerSecondAsync(instances: 1);
        var three = await UpdatesPerSecondAsync(instances: 3);
        return $"RESULT scaleout provider=postgres instances=1 updates/s={one:F0}{Environment.NewLine}" +
               $"RESULT scaleout provider=postgres instances=3 updates/s={three:F0} ratio={three / one:F2}";
    }

    private static async Task<double> UpdatesPerSecondAsync(int instances)
    {
        await using var database = await ScratchPostgresDatabase.CreateAsync("scaleout");
        var connectionString = database.ConnectionString;
        var bots = new List<TelegramBotUnderTest>();
        try
        {
            await using var telegram = await BotApiStandIn.StartAsync();
            for (var i = 0; i < instances; i++)
            {
                bots.Add(await TelegramBotUnderTest.StartAsync(telegram, maxMessagesPerSecond: 100_000, new Dictionary<string, string?>
                {
                    ["Database:Provider"] = "Postgres",
                    ["ConnectionStrings:Khata"] = connectionString,
                    ["Instance:Name"] = $"bench-{i + 1}",
                    ["Instance:HeartbeatInterval"] = "00:00:01",
                    ["Instance:GoneAfter"] = "00:00:04",
                    ["Telegram:Mode"] = "Webhook",
                    // The spread posts to each instance's own address, on this path.
                    ["Telegram:WebhookUrl"] = "http://127.0.0.1:1/telegram/webhook",
                    ["Telegram:SecretToken"] = "bench-secret",
                }));
            }

            await telegram.WaitUntilAsync(() => telegram.WebhookUrl is not null, TimeSpan.FromSeconds(30), "the webhook is set");
            await telegram.SpreadWebhookAsync(new WebhookSpread { Instances = [.. bots.Select(b => b.HttpBase)], TwiceShare = 0, Parallel = 32 });
            // Let the instances count each other before sending (their heartbeats), then warm every path.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var sent = 0;
            for (var chat = 1; chat <= Chats; chat++) telegram.PushMessage(chat, chat, $"add Ramesh {chat} rice", firstName: "Asha");
            sent += Chats;
            await telegram.WaitForTotalSentAsync(sent, TimeSpan.FromMinutes(5));
            await SteadyState.LetTieredCompilationFinishAsync();

            var watch = Stopwatch.StartNew();
            for (var i = 0; i < Updates; i++)
            {
                var chat = 1 + (i % Chats);
                telegram.PushMessage(chat, chat, i % 2 == 0 ? $"add Ramesh {100 + i} rice" : $"paid Ramesh {i}", firstName: "Asha");
            }

            sent += Updates;
            await telegram.WaitForTotalSentAsync(sent, TimeSpan.FromMinutes(10));
            return Updates / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            // Before the database is dropped (its disposal follows), so no bot still writes to it.
            foreach (var bot in bots) await bot.DisposeAsync();
        }
    }
}
