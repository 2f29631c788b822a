using System.Diagnostics;

namespace KhataBot.Benchmarks;

/// <summary>
/// Updates from 1,000 chats through the Bot API stand-in on loopback: received by long polling, booked,
/// replied to through the outbox, the reply taken by the stand-in. The stand-in's rate limits are off and
/// the bot's own pacing is raised (as against a self-hosted Bot API server). Two phases: a burst of 1,000
/// updates for throughput, then a steady 200 updates a second for the latency of each (push to reply).
/// The stand-in runs in a process of its own (<see cref="StandInServerProcess"/>), as Telegram's servers
/// do: the CPU and allocations per update are the bot's alone, and the stand-in's garbage collector is held
/// off while a phase is timed. Both still share the machine's two cores.
/// </summary>
internal static class TelegramBenchmark
{
    private const int Chats = 1_000;
    private const int WarmUpChats = 100_000;
    private const int WarmUpRounds = 8;

    public static async Task<string> RunAsync()
    {
        await using var telegram = await StandInProcess.StartAsync();
        await using var bot = await TelegramBotUnderTest.StartAsync(telegram.BaseUrl, telegram.Token, maxMessagesPerSecond: 100_000);

        // Warm-up: every chat gets its shop, and the same kinds of message run on other chats until the
        // JIT has compiled their paths fully (tiered compilation), so the timed phases see the steady state.
        var sent = 0;
        telegram.Push(Enumerable.Range(1, Chats).Select(chat => ((long)chat, "help")));
        sent += Chats;
        for (var round = 0; round < WarmUpRounds; round++)
        {
            var text = round % 2 == 0 ? $"add Ramesh {100 + round} rice" : $"paid Ramesh {round} ";
            telegram.Push(Enumerable.Range(WarmUpChats, Chats).Select(chat => ((long)chat, text)));
            sent += Chats;
        }

        await telegram.WaitForTotalSentAsync(sent, TimeSpan.FromMinutes(3));
        await SteadyState.LetTieredCompilationFinishAsync();
        var standInCpuBefore = await telegram.CpuMillisecondsAsync();
        var standInGcBefore = await telegram.GcAsync();

        // Phase 1: a burst. CPU and allocation per update say where to look next.
        var held = await telegram.HoldGcAsync();
        var burstGcBefore = GcFigures.Now();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        telegram.Push(Enumerable.Range(1, Chats).Select(chat => ((long)chat, $"add Ramesh {100 + chat} rice")));
        sent += Chats;
        await telegram.WaitForTotalSentAsync(sent, TimeSpan.FromMinutes(2));
        var perSecond = Chats / watch.Elapsed.TotalSeconds;
        var cpuPerUpdate = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / Chats;
        var allocatedPerUpdate = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / Chats;
        var burstGc = GcFigures.Now() - burstGcBefore;
        var standInBurstCpu = await telegram.CpuMillisecondsAsync() - standInCpuBefore;
        await telegram.ReleaseGcAsync();

        // Phase 2: a steady stream; latency from the push to the reply arriving at the stand-in.
        held = $"{held}/{await telegram.HoldGcAsync()}";
        var steadyGcBefore = GcFigures.Now();
        var interval = TimeSpan.FromMilliseconds(5);
        var start = Stopwatch.GetTimestamp();
        for (var chat = 1; chat <= Chats; chat++)
        {
            while (Stopwatch.GetElapsedTime(start) < interval * (chat - 1)) await Task.Delay(1);
            telegram.PushTimed(chat, $"paid Ramesh {chat} ");
        }

        sent += Chats;
        await telegram.WaitForTotalSentAsync(sent, TimeSpan.FromMinutes(2));
        var steadyGc = GcFigures.Now() - steadyGcBefore;
        await telegram.ReleaseGcAsync();
        var standInGc = await telegram.GcAsync() - standInGcBefore;
        // A reply sent twice would end a phase early and flatter it: every chat got exactly its own replies.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var extra = await telegram.SentCountAsync() - sent;
        var latencies = await telegram.LatenciesAsync();

        return $"RESULT telegram updates/s={perSecond:F0} p99_ms={Percentiles.Of(latencies, 99):F1} chats={Chats} steady_rate/s=200 " +
               $"cpu_ms_per_update={cpuPerUpdate:F2} alloc_kb_per_update={allocatedPerUpdate:F0} standin_cpu_ms_per_update={standInBurstCpu / Chats:F2} " +
               $"burst_gc={burstGc} steady_gc={steadyGc} standin_gc={standInGc}" +
               (held == "held/held" ? "" : $" standin_gc_hold={held.Replace(' ', '_')}") + (extra != 0 ? $" extra_sends={extra}" : "");
    }
}
