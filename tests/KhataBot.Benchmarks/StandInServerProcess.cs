using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Benchmarks;

/// <summary>
/// The Bot API stand-in run as a process of its own (this program with the argument "standin-server"), for
/// the Telegram benchmark: Telegram's servers are not part of the bot, so their CPU, their allocations and
/// their garbage collections stay out of the bot's figures, as they are in production.
/// Driven by one command per line on stdin; each answer is one line on stdout beginning "@@ ", so anything
/// else the stand-in writes there is told apart. Commands are read on a thread of their own, not the thread
/// pool the stand-in's HTTP server works on, so a push goes out when it is written, however busy the server.
/// </summary>
internal static class StandInServerProcess
{
    public const string Argument = "standin-server";

    public const string AnswerPrefix = "@@ ";

    /// <summary>Room for what the stand-in allocates over a timed phase (about 2,000 updates and replies),
    /// so it never stops for a collection while the bot is being timed.</summary>
    private const long NoGcRegionBytes = 240L * 1024 * 1024;

    public static async Task<int> RunAsync()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        Answer($"ready {telegram.BaseUrl} {telegram.Token}");
        var served = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commands = new Thread(() =>
        {
            try
            {
                Serve(telegram);
                served.SetResult();
            }
            catch (Exception ex)
            {
                served.SetException(ex);
            }
        })
        { IsBackground = true, Name = "stand-in commands" };
        commands.Start();
        await served.Task;
        return 0;
    }

    private static void Serve(BotApiStandIn telegram)
    {
        // When each timed chat's message was pushed; the latency is measured on the stand-in's own clock.
        var pushedAt = new Dictionary<long, DateTimeOffset>();
        while (Console.In.ReadLine() is { } line)
        {
            var parts = line.Split(' ', 3);
            switch (parts[0])
            {
                case "push":
                    telegram.PushMessage(Chat(parts[1]), Chat(parts[1]), parts[2], firstName: "Asha");
                    break;
                case "mark":
                    pushedAt[Chat(parts[1])] = DateTimeOffset.UtcNow;
                    telegram.PushMessage(Chat(parts[1]), Chat(parts[1]), parts[2], firstName: "Asha");
                    break;
                case "wait":
                    Answer(Wait(telegram, int.Parse(parts[1], CultureInfo.InvariantCulture), TimeSpan.FromSeconds(int.Parse(parts[2], CultureInfo.InvariantCulture))));
                    break;
                case "count":
                    Answer(telegram.AllSent.Count.ToString(CultureInfo.InvariantCulture));
                    break;
                case "latencies":
                    Answer(string.Join(' ', pushedAt.Select(p => (telegram.SentTo(p.Key)[^1].At - p.Value).TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture))));
                    pushedAt.Clear();
                    break;
                case "cpu":
                    Answer(Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
                    break;
                case "gc":
                    Answer(GcFigures.Now().ToString());
                    break;
                case "hold":
                    Answer(Hold());
                    break;
                case "release":
                    if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
                    Answer("released");
                    break;
                case "quit":
                    Answer("bye");
                    return;
                default:
                    Answer($"unknown command '{parts[0]}'");
                    break;
            }
        }
    }

    private static string Wait(BotApiStandIn telegram, int total, TimeSpan timeout)
    {
        try
        {
            telegram.WaitForTotalSentAsync(total, timeout).GetAwaiter().GetResult();
            return "ok";
        }
        catch (TimeoutException ex)
        {
            return $"timeout {ex.Message.ReplaceLineEndings(" ")}";
        }
    }

    private static string Hold()
    {
        try
        {
            return GC.TryStartNoGCRegion(NoGcRegionBytes) ? "held" : "not held";
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return $"not held: {ex.Message.ReplaceLineEndings(" ")}";
        }
    }

    private static long Chat(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static void Answer(string text) => Console.Out.WriteLine(AnswerPrefix + text);
}
