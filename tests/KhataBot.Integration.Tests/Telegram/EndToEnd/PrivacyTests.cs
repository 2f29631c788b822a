using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>One chat's book is invisible to every other chat, and strangers get nothing.</summary>
public sealed class PrivacyTests
{
    private const long ChatA = 1111;
    private const long ChatB = 2222;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Chat_B_can_neither_see_nor_undo_chat_As_entries()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        telegram.PushMessage(ChatA, ChatA, "add Ramesh 500 rice", firstName: "Asha");
        var aReply = (await telegram.WaitForMessagesAsync(ChatA, 1, Wait))[0];

        telegram.PushMessage(ChatB, ChatB, "balances", firstName: "Bina");
        telegram.PushMessage(ChatB, ChatB, "balance Ramesh", firstName: "Bina");
        telegram.PushMessage(ChatB, ChatB, "delete #1", firstName: "Bina");
        telegram.PushMessage(ChatB, ChatB, "undo", firstName: "Bina");
        // A forged button: chat A's Undo, pressed in chat B.
        telegram.PushCallbackQuery(ChatB, ChatB, aReply.MessageId, ConversationTests.UndoButtonData(aReply));

        var bReplies = await telegram.WaitForMessagesAsync(ChatB, 5, Wait);
        Assert.All(bReplies, r => Assert.DoesNotContain("₹500", r.PlainText));
        Assert.Contains("another chat's book", bReplies[4].PlainText);
        await telegram.WaitUntilAsync(() => telegram.AnsweredCallbacks.Count == 1, Wait, "the forged press is answered");
        Assert.Equal(1, await bot.QueryAsync(db => db.Entries.CountAsync(e => e.DeletedAt == null)));
    }

    [Fact]
    public async Task With_allowed_users_set_a_stranger_gets_a_polite_refusal_and_no_book()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, new() { ["Telegram__AllowedUserIds__0"] = ChatA.ToString() });

        telegram.PushMessage(ChatB, ChatB, "add Ramesh 500 rice", firstName: "Stranger");
        telegram.PushMessage(ChatA, ChatA, "add Ramesh 500 rice", firstName: "Asha");

        Assert.Contains("private", (await telegram.WaitForMessagesAsync(ChatB, 1, Wait))[0].PlainText);
        await telegram.WaitForMessagesAsync(ChatA, 1, Wait);
        Assert.Equal(1, await bot.QueryAsync(db => db.Shops.CountAsync()));
    }

    [Fact]
    public async Task The_token_never_appears_in_the_logs()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        telegram.Faults.FailNext("sendMessage", 502, times: 2);
        await using var bot = await TelegramBotProcess.StartAsync(telegram, new() { ["Telegram__AllowedUserIds__0"] = ChatA.ToString() });

        telegram.PushMessage(ChatA, ChatA, "add Ramesh 500 rice", firstName: "Asha");
        telegram.PushMessage(ChatB, ChatB, "hello", firstName: "Stranger");
        await telegram.WaitForMessagesAsync(ChatA, 1, TimeSpan.FromSeconds(30));
        await bot.StopAsync();

        Assert.Contains("Sending to chat", bot.Logs); // the 502s were logged...
        Assert.DoesNotContain(telegram.Token, bot.Logs); // ...without the token
        Assert.DoesNotContain(telegram.Token.Split(':')[1], bot.Logs);
    }
}

/// <summary>A bad token is a clear, fatal error at start, and the token still stays out of the logs.</summary>
public sealed class BadTokenTests
{
    [Fact]
    public async Task A_token_Telegram_refuses_stops_the_bot_with_a_clear_message()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        var wrong = "987654321:" + new string('x', 35);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TelegramBotProcess.StartAsync(telegram, new() { ["Telegram__BotToken"] = wrong }));

        Assert.Contains("401 Unauthorized", failure.Message);
        Assert.Contains("Check Telegram:BotToken", failure.Message);
        Assert.DoesNotContain(wrong, failure.Message);
    }
}
