using System.Text.Json.Nodes;
using KhataBot.Integration.Tests.Support;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.StandIn;

/// <summary>The refusals a busy bot meets: flood control and users who blocked it.</summary>
public sealed class FloodAndBlockTests : StandInTests
{
    // Time stands still unless a test moves it, so the windows hold exactly what each test sent.
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.FromHours(5.5)));

    protected override StandInOptions Options => new() { RateLimit = new RateLimitOptions { MaxPerSecondOverall = 30 }, Clock = _clock };

    [Fact]
    public async Task Sends_over_the_overall_limit_get_429_with_retry_after()
    {
        var answers = new List<BotApiAnswer>();
        for (var i = 0; i < 35; i++)
        {
            answers.Add(await Api.CallAsync("sendMessage", new() { ["chat_id"] = 2000 + i, ["text"] = $"reply {i}" }));
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        var later = await Api.CallAsync("sendMessage", new() { ["chat_id"] = 2000, ["text"] = "after a second" });

        var refused = answers.Skip(30).ToList();
        Assert.All(answers.Take(30), answer => Assert.True(answer.Ok));
        Assert.All(refused, answer =>
        {
            Assert.Equal(429, answer.StatusCode);
            Assert.Equal("Too Many Requests: retry after 1", answer.Description);
            Assert.Equal(1, answer.Body["parameters"]!["retry_after"]!.GetValue<int>());
        });
        Assert.Equal(5, StandIn.TooManyRequestsCount);
        Assert.True(later.Ok);
        Assert.Equal(31, StandIn.AllSent.Count);
    }

    [Fact]
    public async Task A_group_gets_20_messages_a_minute()
    {
        const long shop = -100200300;
        StandIn.PushMessage(shop, Ramesh, "report", chatType: "supergroup", chatTitle: "Gupta Kirana");
        StandIn.RateLimit = new RateLimitOptions { MaxPerSecondOverall = 1000 };

        var answers = new List<BotApiAnswer>();
        for (var i = 0; i < 21; i++) answers.Add(await Api.CallAsync("sendMessage", new() { ["chat_id"] = shop, ["text"] = $"line {i}" }));

        Assert.All(answers.Take(20), answer => Assert.True(answer.Ok));
        Assert.Equal(429, answers[20].StatusCode);
        Assert.Equal(60, answers[20].Body["parameters"]!["retry_after"]!.GetValue<int>());
        Assert.Equal("Gupta Kirana", answers[0].Result["chat"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_chat_that_blocked_the_bot_gets_403()
    {
        StandIn.BlockChat(Ramesh);

        var refused = await Api.CallAsync("sendMessage", new() { ["chat_id"] = Ramesh, ["text"] = "Suresh owes ₹500" });
        var other = await Api.CallAsync("sendMessage", new() { ["chat_id"] = Ramesh + 1, ["text"] = "hello" });

        Assert.Equal(403, refused.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""", refused.Raw);
        Assert.True(other.Ok);
        Assert.Empty(StandIn.SentTo(Ramesh));
    }

    [Fact]
    public async Task An_armed_fault_fails_the_next_calls_then_lets_them_through()
    {
        StandIn.Faults.FailNext("sendMessage", 502, times: 2);
        var parameters = new JsonObject { ["chat_id"] = Ramesh, ["text"] = "hello" };

        var first = await Api.CallAsync("sendMessage", parameters.DeepClone().AsObject());
        var second = await Api.CallAsync("sendMessage", parameters.DeepClone().AsObject());
        var third = await Api.CallAsync("sendMessage", parameters.DeepClone().AsObject());

        Assert.Equal("""{"ok":false,"error_code":502,"description":"Bad Gateway"}""", first.Raw);
        Assert.Equal(502, second.StatusCode);
        Assert.True(third.Ok);
        Assert.Single(StandIn.SentTo(Ramesh));
    }
}
