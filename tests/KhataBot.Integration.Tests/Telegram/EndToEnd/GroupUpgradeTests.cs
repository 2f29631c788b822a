using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>A group upgraded to a supergroup gets a new chat id; the shop's book goes with it.</summary>
public sealed class GroupUpgradeTests
{
    private const long Asha = 9201;
    private const long Group = -4001;
    private const long Supergroup = -1004001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task After_the_upgrade_the_supergroup_keeps_the_groups_khata(bool webhook)
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, webhook: webhook);
        telegram.PushMessage(Group, Asha, "add Ramesh 500 rice", chatType: "group", firstName: "Asha", chatTitle: "Sharma Store");
        Assert.Contains("Ramesh +₹500 rice", Assert.Single(await telegram.WaitForMessagesAsync(Group, 1, Wait)).PlainText);

        // What Telegram sends to the old group when it is upgraded.
        telegram.PushRawUpdate("message", id =>
            $$$"""{"update_id":{{{id}}},"message":{"message_id":40,"date":1764000000,"chat":{"id":{{{Group}}},"type":"group","title":"Sharma Store"},"from":{"id":{{{Asha}}},"is_bot":false,"first_name":"Asha"},"migrate_to_chat_id":{{{Supergroup}}}}}""");
        telegram.PushMessage(Supergroup, Asha, "balance Ramesh", chatType: "supergroup", firstName: "Asha", chatTitle: "Sharma Store");

        var reply = Assert.Single(await telegram.WaitForMessagesAsync(Supergroup, 1, Wait));
        Assert.Contains("Ramesh owes ₹500", reply.PlainText);
        Assert.Single(telegram.SentTo(Group));
    }
}
