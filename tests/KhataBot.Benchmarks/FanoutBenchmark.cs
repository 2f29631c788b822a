using KhataBot.Core.Abstractions;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Benchmarks;

/// <summary>
/// 1,500 messages to 1,500 chats with the stand-in enforcing Telegram's 30 a second overall (429 with
/// retry_after beyond it). The bot paces itself at its default 30; the rate is messages over the time
/// from the first to the last accepted send.
/// </summary>
internal static class FanoutBenchmark
{
    private const int Messages = 1_500;
    private const int Limit = 30;

    public static async Task<string> RunAsync()
    {
        await using var telegram = await BotApiStandIn.StartAsync(new StandInOptions { RateLimit = new RateLimitOptions { MaxPerSecondOverall = Limit } });
        await using var bot = await TelegramBotUnderTest.StartAsync(telegram, maxMessagesPerSecond: Limit);

        // One reply per chat lands in the outbox together, as a reminder sweep or a broadcast would.
        var writes = Enumerable.Range(1, Messages).Select(chat => bot.Engine.HandleAsync(
            new IncomingMessage(10_000 + chat, "bench", "help") { SenderId = 10_000 + chat, Delivery = new Delivery($"bench:{chat}", null) },
            CancellationToken.None));
        await Task.WhenAll(writes);

        var sent = await telegram.WaitForTotalSentAsync(Messages, TimeSpan.FromMinutes(3));
        var seconds = (sent[^1].At - sent[0].At).TotalSeconds;
        var rate = (Messages - 1) / seconds;
        return $"RESULT fanout msgs={Messages} rate={rate:F1} limit={Limit} 429s={telegram.TooManyRequestsCount}";
    }
}
