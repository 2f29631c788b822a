using System.Collections.Concurrent;
using System.Diagnostics;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Benchmarks;

/// <summary>
/// Updates from 1,000 chats through the Bot API stand-in on loopback: received by long polling, booked,
/// replied to through the outbox, the reply taken by the stand-in. The stand-in's rate limits are off and
/// the bot's own pacing is raised (as against a self-hosted Bot API server). Two phases: a burst of 1,000
/// updates for throughput, then a steady 200 updates a second for the latency of each (push to reply).
/// </summary>
internal static class TelegramBenchmark
{
    private const int Chats = 1_000;
    private const int WarmUpChats = 100_000;
    private const int WarmUpRounds = 8;

    public static async Task<string> RunAsync()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotUnderTest.StartAsync(telegram, maxMessagesPerSecond: 100_000);

        // Warm-up: every chat gets its shop, and the same kinds of message run on other chats until the
        // JIT has compiled their paths fully (tiered compilation), so the timed phases see the steady state.
        var sent = 0;
        for (var chat = 1; chat <= Chats; chat++) telegram.PushMessage(chat, chat, "help", firstName: "Asha");
        sent += Chats;
        for (var round = 0; round < WarmUpRounds; round++)
        {
            for (var chat = WarmUpChats; chat < WarmUpChats + Chats; chat++)
            {
                telegram.PushMessage(chat, chat, round % 2 == 0 ? $"add Ramesh {100 + round} rice" : $"paid Ramesh {round} ", firstName: "Asha");
            }

            sent += Chats;
        }

        await telegram.WaitForTotalSentAsync(sent, TimeSpan.FromMinutes(3));

        await SteadyState.LetTieredCompilationFinishAsync();

        // Phase 1: a burst. CPU and allocation per update say where to look next (the two cores are shared
        // by the bot, the stand-in and the HTTP between them).
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        for (var chat = 1; chat <= Chats; chat++) telegram.PushMessage(chat, chat, $"add Ramesh {100 + chat} rice", firstName: "Asha");
        sent += Chats;
        await telegram.WaitForTotalSentAsync(sent, TimeSpan.FromMinutes(2));
        var perSecond = Chats / watch.Elapsed.TotalSeconds;
        var cpuPerUpdate = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / Chats;
        var allocatedPerUpdate = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / Chats;

        // Phase 2: a steady stream; latency from the push to the reply arriving at the stand-in.
        var pushedAt = new ConcurrentDictionary<long, DateTimeOffset>();
        var interval = TimeSpan.FromMilliseconds(5);
        var start = Stopwatch.GetTimestamp();
        for (var chat = 1; chat <= Chats; chat++)
        {
            while (Stopwatch.GetElapsedTime(start) < interval * (chat - 1)) await Task.Delay(1);
            pushedAt[chat] = DateTimeOffset.UtcNow;
            telegram.PushMessage(chat, chat, $"paid Ramesh {chat} ", firstName: "Asha");
        }

        sent += Chats;
        await telegram.WaitForTotalSentAsync(sent, TimeSpan.FromMinutes(2));
        // A reply sent twice would end a phase early and flatter it: every chat got exactly its own replies.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var extra = telegram.AllSent.Count - sent;
        var latencies = Enumerable.Range(1, Chats)
            .Select(chat => (telegram.SentTo(chat)[^1].At - pushedAt[chat]).TotalMilliseconds)
            .ToList();

        return $"RESULT telegram updates/s={perSecond:F0} p99_ms={Percentiles.Of(latencies, 99):F1} chats={Chats} steady_rate/s=200 " +
               $"cpu_ms_per_update={cpuPerUpdate:F2} alloc_kb_per_update={allocatedPerUpdate:F0}" + (extra != 0 ? $" extra_sends={extra}" : "");
    }
}
