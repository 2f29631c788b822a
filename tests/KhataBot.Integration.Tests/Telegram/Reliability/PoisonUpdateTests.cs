using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.Reliability;

/// <summary>An update the bot cannot read (here a lone surrogate in its text) is skipped by its id; the updates
/// around it are answered, on polling and on the webhook.</summary>
public sealed class PoisonUpdateTests
{
    private const long Asha = 8401;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unreadable_update_between_two_good_ones_is_skipped_and_both_good_ones_are_answered(bool webhook)
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, webhook: webhook);

        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        var poison = telegram.PushRawUpdate("message", id =>
            $$$"""{"update_id":{{{id}}},"message":{"message_id":77,"date":1764000000,"chat":{"id":{{{Asha}}},"type":"private","first_name":"Asha"},"from":{"id":{{{Asha}}},"is_bot":false,"first_name":"Asha"},"text":"add Ramesh 9 secret\ud800word"}}""");
        telegram.PushMessage(Asha, Asha, "balances", firstName: "Asha");

        var replies = await telegram.WaitForMessagesAsync(Asha, 2, TimeSpan.FromSeconds(20));
        await Task.Delay(1000);
        Assert.Equal(2, telegram.SentTo(Asha).Count);
        Assert.Contains("Ramesh +₹500 rice", replies[0].PlainText);
        Assert.Contains("owes you ₹500", replies[1].PlainText);
        Assert.Equal(0, telegram.PendingUpdateCount);
        Assert.Contains($"Skipped update {poison}", bot.Logs);
        Assert.DoesNotContain("secret", bot.Logs);
    }
}
