using KhataBot.Core;
using KhataBot.Infrastructure.Telegram.Receiving;
using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>Where Telegram.Bot could change what a user sees: its 429 handling, a lost connection, fields it
/// does not know, buttons from the wrong chat. The bot must behave as it did on our own client.</summary>
public sealed class TelegramBotLibraryTests
{
    private const long Asha = 9101;
    private const long Bina = 9102;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_429_holds_the_chat_for_its_retry_after_and_the_reply_arrives_once()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        telegram.Faults.FailNext("sendMessage", 429); // retry_after 1

        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");

        var reply = Assert.Single(await telegram.WaitForMessagesAsync(Asha, 1, Wait));
        Assert.Contains("Ramesh +₹500 rice", reply.PlainText);
        var sends = telegram.Requests.Where(r => r.Method == "sendMessage" && r.ChatId == Asha).ToList();
        // Refused once, then sent once: Telegram.Bot did not retry by itself (RetryThreshold 0) and the outbox
        // waited the second Telegram asked for before it tried again.
        Assert.Equal([429, 200], sends.Select(r => r.StatusCode));
        Assert.True(sends[1].At - sends[0].At >= TimeSpan.FromSeconds(1), $"tried again after {sends[1].At - sends[0].At}");
        await Task.Delay(500);
        Assert.Single(telegram.SentTo(Asha));
    }

    [Fact]
    public async Task A_connection_lost_mid_send_is_retried_and_each_reply_and_picture_arrives_once()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        telegram.Faults.DropNext("sendMessage");
        telegram.Faults.DropNext("sendMediaGroup");
        string[] messages = ["add Ramesh 1500 rice", "spent 300 tea", "report"];

        foreach (var text in messages) telegram.PushMessage(Asha, Asha, text, firstName: "Asha");

        var sent = await telegram.WaitForMessagesAsync(Asha, messages.Length + 1, TimeSpan.FromSeconds(60));
        await Task.Delay(1000);
        Assert.Equal(messages.Length + 1, telegram.SentTo(Asha).Count);
        Assert.Contains("Ramesh +₹1,500 rice", sent[0].PlainText);
        Assert.StartsWith("Report for ", sent[^2].PlainText);
        // The album sent again after the lost connection carries every picture whole (a fresh stream per try).
        var album = sent[^1];
        Assert.Equal(SentKind.MediaGroup, album.Kind);
        Assert.True(album.Files.Count >= 2, $"{album.Files.Count} pictures");
        Assert.All(album.Files, file => Assert.True(file.Bytes.Length > 1000, $"{file.FileName} has {file.Bytes.Length} bytes"));
        Assert.Contains(telegram.Requests, r => r.StatusCode == 0);
        Assert.Equal(2, await bot.QueryAsync(db => db.Entries.CountAsync()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_update_with_fields_Telegram_added_later_is_read_and_answered(bool webhook)
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, webhook: webhook);

        telegram.PushRawUpdate("message", id =>
            $$$"""{"update_id":{{{id}}},"future_update_field":{"a":[1,2,{"b":null}]},"message":{"message_id":12,"date":1764000000,"brand_new_flag":true,"chat":{"id":{{{Asha}}},"type":"private","first_name":"Asha","new_chat_thing":"x"},"from":{"id":{{{Asha}}},"is_bot":false,"first_name":"Asha","future_badge":{"level":3}},"text":"add Ramesh 500 rice"}}""");

        var reply = Assert.Single(await telegram.WaitForMessagesAsync(Asha, 1, Wait));
        Assert.Contains("Ramesh +₹500 rice", reply.PlainText);
        Assert.Equal(0, telegram.PendingUpdateCount);
        Assert.DoesNotContain("Skipped update", bot.Logs);
    }

    [Fact]
    public async Task A_button_pressed_in_another_chat_or_with_forged_data_changes_nothing_and_says_so()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        var ashaReply = Assert.Single(await telegram.WaitForMessagesAsync(Asha, 1, Wait));
        telegram.PushMessage(Bina, Bina, "spent 50 tea", firstName: "Bina");
        var binaReply = Assert.Single(await telegram.WaitForMessagesAsync(Bina, 1, Wait));

        // Asha's Undo, pressed on a message in Bina's chat (a forged or copied callback).
        var foreign = telegram.PushCallbackQuery(Bina, Bina, binaReply.MessageId, ConversationTests.UndoButtonData(ashaReply));
        // Data no button of ours ever carried.
        var forged = telegram.PushCallbackQuery(Bina, Bina, binaReply.MessageId, "undo:999999:drop table");

        await telegram.WaitUntilAsync(() => telegram.AnsweredCallbacks.Count == 2, Wait, "both presses are answered");
        var answers = telegram.AnsweredCallbacks.ToDictionary(a => a.CallbackQueryId);
        Assert.Equal(KhataEngine.ForeignButton, answers[foreign].Text);
        Assert.True(answers[foreign].ShowAlert);
        Assert.Equal(UpdateRouter.StaleButton, answers[forged].Text);
        Assert.Equal(2, await bot.QueryAsync(db => db.Entries.CountAsync(e => e.DeletedAt == null)));
        Assert.Single(telegram.SentTo(Asha));
    }

    [Fact]
    public async Task No_log_line_of_a_run_with_refusals_outages_and_pictures_carries_the_token()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        telegram.Faults.FailNext("sendMessage", 502, times: 2);
        telegram.Faults.FailNext("sendMessage", 429);
        telegram.Faults.DropNext("sendPhoto");
        telegram.Faults.FailNext("getUpdates", 500);
        telegram.BlockChat(Bina);

        foreach (var text in new[] { "add Ramesh 1500 rice", "report", "balances" }) telegram.PushMessage(Asha, Asha, text, firstName: "Asha");
        telegram.PushMessage(Bina, Bina, "add Suresh 10 tea", firstName: "Bina");
        // The entry, the report as one chart photo with its summary as caption, the balances.
        var sent = await telegram.WaitForMessagesAsync(Asha, 3, TimeSpan.FromSeconds(60));
        Assert.Equal(SentKind.Photo, sent[1].Kind);
        await telegram.WaitUntilAsync(() => telegram.Requests.Any(r => r.ChatId == Bina && r.StatusCode == 403), Wait, "Bina's reply is refused with 403");
        await bot.StopAsync();

        var secret = telegram.Token.Split(':')[1];
        var lines = bot.Logs.Split('\n');
        Assert.Contains(lines, line => line.Contains("Sending to chat")); // the failures were logged...
        Assert.All(lines, line => Assert.DoesNotContain(secret, line)); // ...and no line names the token
        Assert.All(lines, line => Assert.DoesNotContain("/bot", line));
        Assert.DoesNotContain(lines, line => line.Contains("System.Net.Http.HttpClient"));
    }
}
