using System.Net;
using System.Text;
using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>Telegram:Mode=Webhook: Telegram posts updates to the bot's own Kestrel.</summary>
public sealed class WebhookTests
{
    private const long Asha = 4001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Updates_posted_with_the_secret_are_answered_and_others_are_refused()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, webhook: true);
        Assert.NotNull(telegram.WebhookUrl);

        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        Assert.Contains("Ramesh", (await telegram.WaitForMessagesAsync(Asha, 1, Wait))[0].PlainText);

        using var http = new HttpClient();
        var forged = """{"update_id":999999,"message":{"message_id":1,"date":0,"chat":{"id":4001,"type":"private"},"from":{"id":4001,"first_name":"Eve"},"text":"delete #1"}}""";
        var url = new Uri(bot.WebhookBase!, "/telegram/webhook");
        var noSecret = await http.PostAsync(url, new StringContent(forged, Encoding.UTF8, "application/json"));
        var wrong = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(forged, Encoding.UTF8, "application/json") };
        wrong.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "test-secret_124");
        var wrongSecret = await http.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, noSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.Entries.CountAsync(e => e.DeletedAt != null)));

        var health = await http.GetStringAsync(new Uri(bot.WebhookBase!, "/healthz"));
        Assert.Contains("\"database\":\"ok\"", health);
        Assert.Contains("telegramLastContact", health);
    }
}
