using System.Diagnostics;
using System.Net;
using Telegram.Bot;

namespace KhataBot.Integration.Tests.Telegram.Client;

public sealed class LongPollTests
{
    [Fact]
    public async Task Get_updates_waits_out_a_long_poll_longer_than_an_ordinary_call_may_take()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        // Telegram holds a long poll open until the poll ends; here the update arrives at the end of a 2 s poll.
        telegram.Answer("getUpdates", $$"""{"ok":true,"result":[{{Fixture.Read("update_start_deeplink.json")}}]}""",
            HttpStatusCode.OK, delay: TimeSpan.FromSeconds(2));
        var bot = telegram.Client(timeouts: t => t.Call = TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();

        var updates = await bot.GetUpdates(offset: 1, timeout: 2);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"answered after {clock.Elapsed}");
        Assert.Equal(734997090, Assert.Single(updates).Id);
    }
}
