using System.Text.Json.Nodes;

namespace KhataBot.Integration.Tests.Telegram.StandIn;

/// <summary>Webhook mode as Telegram runs it: posts carry the secret token, and a failed post is retried.</summary>
public sealed class WebhookTests : StandInTests
{
    [Fact]
    public async Task Webhook_posts_carry_the_secret_token_and_are_retried_after_a_500()
    {
        await using var webhook = await WebhookReceiver.StartAsync(500);
        var set = await Api.CallAsync("setWebhook", new() { ["url"] = webhook.Url.ToString(), ["secret_token"] = "khata_Secret-1" });

        var pushed = StandIn.PushMessage(Ramesh, Ramesh, "add Suresh 500");
        await StandIn.WaitUntilAsync(() => StandIn.WebhookDeliveries.Any(delivery => delivery.Succeeded), TimeSpan.FromSeconds(5), "the update is delivered");
        var info = await Api.CallAsync("getWebhookInfo");

        Assert.Equal("Webhook was set", set.Description);
        var posts = webhook.Posts.ToArray();
        Assert.Equal([500, 200], posts.Select(post => post.AnsweredWith));
        Assert.All(posts, post => Assert.Equal("khata_Secret-1", post.SecretToken));
        Assert.All(posts, post => Assert.Equal(pushed.UpdateId, JsonNode.Parse(post.Body)!["update_id"]!.GetValue<long>()));
        Assert.Equal([(1, 500), (2, 200)], StandIn.WebhookDeliveries.Select(delivery => (delivery.Attempt, delivery.StatusCode ?? 0)));
        Assert.Equal(0, info.Result["pending_update_count"]!.GetValue<int>());
        Assert.Equal("Wrong response from the webhook: 500 Internal Server Error", info.Result["last_error_message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Updates_go_to_the_webhook_one_at_a_time_in_order()
    {
        await using var webhook = await WebhookReceiver.StartAsync(502, 502);
        await Api.CallAsync("setWebhook", new() { ["url"] = webhook.Url.ToString() });

        var pushed = Enumerable.Range(1, 5).Select(n => StandIn.PushMessage(Ramesh, Ramesh, $"add Suresh {n}00").UpdateId).ToList();
        await StandIn.WaitUntilAsync(() => StandIn.PendingUpdateCount == 0, TimeSpan.FromSeconds(5), "every update is delivered");

        var delivered = webhook.Posts.Where(post => post.AnsweredWith == 200).Select(post => JsonNode.Parse(post.Body)!["update_id"]!.GetValue<long>());
        Assert.Equal(pushed, delivered);
        Assert.All(webhook.Posts, post => Assert.Null(post.SecretToken));
    }
}
