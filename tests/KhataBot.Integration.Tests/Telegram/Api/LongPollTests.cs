using System.Diagnostics;
using System.Net;
using KhataBot.Infrastructure.Telegram.Api;

namespace KhataBot.Integration.Tests.Telegram.Api;

public sealed class LongPollTests
{
    [Fact]
    public async Task Get_updates_waits_out_a_long_poll_longer_than_an_ordinary_call_may_take()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        // Telegram holds a long poll open until the poll ends; here the update arrives at the end of a 2 s poll.
        telegram.Answer("getUpdates", $$"""{"ok":true,"result":[{{Fixture.Read("update_start_deeplink.json")}}]}""",
            HttpStatusCode.OK, delay: TimeSpan.FromSeconds(2));
        var api = telegram.Client(timeouts: t => t.Call = TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();

        var updates = await api.GetUpdatesAsync(offset: 1, timeoutSeconds: 2);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"answered after {clock.Elapsed}");
        Assert.Equal(734997090, Assert.Single(updates).UpdateId);
        Assert.Equal(2, telegram.Single("getUpdates").Body.GetProperty("timeout").GetInt32());
    }
}
