using System.Net;
using System.Text;
using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>What the shop's staff and strangers may not do, through the real program and the stand-in.</summary>
public sealed class StaffLimitTests
{
    private const long Asha = 9_100_000_001;
    private const long Suresh = 9_100_000_002;
    private const long Ramesh = 9_100_000_003;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_customer_link_opened_by_staff_is_refused_and_still_works_for_the_customer()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice due tomorrow", firstName: "Asha");
        telegram.PushMessage(Asha, Asha, "invite staff", firstName: "Asha");
        var invite = (await telegram.WaitForMessagesAsync(Asha, 2, Wait))[1].PlainText.Split('\n')[1].Trim();
        telegram.PushMessage(Suresh, Suresh, "/start " + invite[(invite.IndexOf('=') + 1)..], firstName: "Suresh");
        Assert.Contains("as staff", (await telegram.WaitForMessagesAsync(Suresh, 1, Wait))[0].PlainText);
        telegram.PushMessage(Asha, Asha, "link Ramesh", firstName: "Asha");
        var link = (await telegram.WaitForMessagesAsync(Asha, 4, Wait))[3].PlainText.Split('\n')[^1].Trim();
        var start = "/start " + link[(link.IndexOf('=') + 1)..];

        telegram.PushMessage(Suresh, Suresh, start, firstName: "Suresh");
        telegram.PushMessage(Suresh, Suresh, "snooze #1", firstName: "Suresh");
        telegram.PushMessage(Suresh, Suresh, "phone Ramesh 9876543210", firstName: "Suresh");
        var toSuresh = (await telegram.WaitForMessagesAsync(Suresh, 4, Wait)).Select(m => m.PlainText).ToList();
        Assert.Contains("This link is for your customer Ramesh", toSuresh[1]);
        Assert.Contains("Only the shop owner can snooze", toSuresh[2]);
        Assert.Contains("Only the shop owner can change a customer's contact details", toSuresh[3]);

        telegram.PushMessage(Ramesh, Ramesh, start, firstName: "Ramesh");
        Assert.Contains("your khata with", (await telegram.WaitForMessagesAsync(Ramesh, 1, Wait))[0].PlainText);
        Assert.Equal(Ramesh, await bot.QueryAsync(db => db.CustomerLinks.Select(l => l.ChatId).SingleAsync()));
        Assert.Null(await bot.QueryAsync(db => db.Customers.Select(c => c.Phone).SingleAsync()));
    }

    [Fact]
    public async Task Strangers_to_a_private_bot_are_told_once_a_day_and_the_owner_is_answered()
    {
        const long Stranger = 9_100_000_009;
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, new() { ["Telegram__AllowedUserIds__0"] = Asha.ToString() });

        for (var i = 0; i < 5; i++) telegram.PushMessage(Stranger, Stranger, $"add Ramesh {i + 1}", firstName: "Eve");
        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");

        await telegram.WaitForMessagesAsync(Asha, 1, Wait);
        Assert.Contains("private", (await telegram.WaitForMessagesAsync(Stranger, 1, Wait))[0].PlainText);
        await Task.Delay(1500);
        Assert.Single(telegram.SentTo(Stranger));
        Assert.Equal(1, await bot.QueryAsync(db => db.Shops.CountAsync()));
    }

    [Fact]
    public async Task A_webhook_update_without_a_chat_is_taken_and_ignored()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, webhook: true);
        using var http = new HttpClient();
        var url = new Uri(bot.WebhookBase!, "/telegram/webhook");
        async Task<HttpStatusCode> PostAsync(string json)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "test-secret_123");
            return (await http.SendAsync(request)).StatusCode;
        }

        var noChat = await PostAsync("""{"update_id":900001,"message":{"message_id":1,"date":0,"from":{"id":42,"first_name":"Eve"},"text":"add Ramesh 500"}}""");
        var nullChat = await PostAsync("""{"update_id":900002,"message":{"message_id":2,"date":0,"chat":null,"from":{"id":42,"first_name":"Eve"},"text":"add Ramesh 500"}}""");

        Assert.Equal(HttpStatusCode.OK, noChat);
        Assert.Equal(HttpStatusCode.OK, nullChat);
        Assert.Equal(0, await bot.QueryAsync(db => db.Shops.CountAsync()));
        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        Assert.Contains("Ramesh owes ₹500", (await telegram.WaitForMessagesAsync(Asha, 1, Wait))[0].PlainText);
    }
}
