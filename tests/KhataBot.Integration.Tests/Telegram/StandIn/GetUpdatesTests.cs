using System.Diagnostics;
using System.Text.Json.Nodes;

namespace KhataBot.Integration.Tests.Telegram.StandIn;

/// <summary>Polling as the bot relies on it: offsets confirm, long polls wake early, one poller at a time.</summary>
public sealed class GetUpdatesTests : StandInTests
{
    [Fact]
    public async Task Updates_below_the_offset_are_confirmed_and_never_come_back()
    {
        var first = StandIn.PushMessage(Ramesh, Ramesh, "add Suresh 500");
        var second = StandIn.PushMessage(Ramesh, Ramesh, "/start staff_abc");

        var both = await Api.CallAsync("getUpdates");
        var again = await Api.CallAsync("getUpdates", new() { ["offset"] = second.UpdateId });
        var none = await Api.CallAsync("getUpdates", new() { ["offset"] = second.UpdateId + 1 });
        var stillNone = await Api.CallAsync("getUpdates");

        Assert.Equal([first.UpdateId, second.UpdateId], UpdateIds(both));
        Assert.Equal([second.UpdateId], UpdateIds(again));
        Assert.Empty(UpdateIds(none));
        Assert.Empty(UpdateIds(stillNone));
        var command = both.Result[1]!["message"]!;
        Assert.Equal("/start staff_abc", command["text"]!.GetValue<string>());
        Assert.Equal("bot_command", command["entities"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(6, command["entities"]![0]!["length"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_an_update_is_pushed()
    {
        var clock = Stopwatch.StartNew();
        var poll = Api.CallAsync("getUpdates", new() { ["timeout"] = 20 });
        await Task.Delay(200);
        Assert.False(poll.IsCompleted);

        var pushed = StandIn.PushMessage(Ramesh, Ramesh, "balance Suresh");
        var answer = await poll;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal([pushed.UpdateId], UpdateIds(answer));
    }

    [Fact]
    public async Task A_newer_long_poll_ends_the_older_one_with_409()
    {
        var older = Api.CallAsync("getUpdates", new() { ["timeout"] = 20 });
        await Task.Delay(500); // let the first poll reach the stand-in and start waiting
        var newer = Api.CallAsync("getUpdates", new() { ["timeout"] = 1 });

        var refused = await older;
        var answered = await newer;

        Assert.Equal(409, refused.StatusCode);
        Assert.Equal("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", refused.Description);
        Assert.True(answered.Ok);
    }

    [Fact]
    public async Task GetUpdates_is_refused_with_409_while_a_webhook_is_set()
    {
        await Api.CallAsync("setWebhook", new() { ["url"] = "http://127.0.0.1:9/telegram/webhook" });

        var refused = await Api.CallAsync("getUpdates");
        await Api.CallAsync("deleteWebhook");
        var allowed = await Api.CallAsync("getUpdates");

        Assert.Equal(409, refused.StatusCode);
        Assert.Equal(
            """{"ok":false,"error_code":409,"description":"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"}""",
            refused.Raw);
        Assert.True(allowed.Ok);
    }

    [Fact]
    public async Task A_redelivered_update_comes_back_once_after_being_confirmed()
    {
        var pushed = StandIn.PushMessage(Ramesh, Ramesh, "add Suresh 500");
        await Api.CallAsync("getUpdates");
        await Api.CallAsync("getUpdates", new() { ["offset"] = pushed.UpdateId + 1 });

        StandIn.Redeliver(pushed.UpdateId);
        var redelivered = await Api.CallAsync("getUpdates", new() { ["offset"] = pushed.UpdateId + 1 });
        var afterConfirming = await Api.CallAsync("getUpdates", new() { ["offset"] = pushed.UpdateId + 1 });

        Assert.Equal([pushed.UpdateId], UpdateIds(redelivered));
        Assert.Empty(UpdateIds(afterConfirming));
    }

    private static long[] UpdateIds(BotApiAnswer answer) =>
        [.. answer.Result.AsArray().Select(update => update!["update_id"]!.GetValue<long>())];
}
