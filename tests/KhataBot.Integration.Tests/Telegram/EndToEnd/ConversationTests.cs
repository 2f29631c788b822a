using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>A new shopkeeper on Telegram, through the real program and the Bot API stand-in.</summary>
public sealed class ConversationTests
{
    private const long Asha = 5_000_000_001; // above 2^32: ids must stay 64-bit end to end
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_new_user_is_onboarded_keeps_a_book_and_can_undo_with_the_button()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);

        telegram.PushMessage(Asha, Asha, "/start", firstName: "Asha");
        var welcome = (await telegram.WaitForMessagesAsync(Asha, 1, Wait))[0];
        Assert.Contains("What is your shop called?", welcome.PlainText);
        Assert.Contains("add Ramesh 500 groceries", welcome.PlainText);

        telegram.PushMessage(Asha, Asha, "shop name Sharma Kirana", firstName: "Asha");
        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        var replies = await telegram.WaitForMessagesAsync(Asha, 3, Wait);
        Assert.Contains("Sharma Kirana", replies[1].PlainText);
        Assert.Contains("#1 Ramesh +₹500 rice", replies[2].PlainText);
        // The Bot API reads parse_mode in any case (Telegram.Bot sends "Html").
        Assert.Equal("HTML", replies[2].ParseMode, ignoreCase: true);

        var undo = UndoButtonData(replies[2]);
        telegram.PushCallbackQuery(Asha, Asha, replies[2].MessageId, undo);
        var afterUndo = await telegram.WaitForMessagesAsync(Asha, 4, Wait);
        Assert.Contains("#1", afterUndo[3].PlainText);
        await telegram.WaitUntilAsync(() => telegram.AnsweredCallbacks.Count == 1, Wait, "the button press is answered");

        telegram.PushCallbackQuery(Asha, Asha, replies[2].MessageId, undo);
        var again = await telegram.WaitForMessagesAsync(Asha, 5, Wait);
        Assert.Contains("already", again[4].PlainText, StringComparison.OrdinalIgnoreCase);
        await telegram.WaitUntilAsync(() => telegram.AnsweredCallbacks.Count == 2, Wait, "the second press is answered");

        Assert.Equal(0, await bot.QueryAsync(db => db.Entries.CountAsync(e => e.DeletedAt == null)));
        Assert.Contains(telegram.Commands, c => c.Command == "report");
        Assert.Contains(telegram.Commands, c => c.Command == "undo");
    }

    [Fact]
    public async Task A_customer_named_with_html_characters_does_not_break_the_reply()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);

        telegram.PushMessage(Asha, Asha, "add Tom & Jerry 300 tea <b>hot</b> & cold", firstName: "Asha <Boss>");

        // The stand-in parses HTML as Telegram does: an unescaped < or & would have been refused with a 400.
        var reply = (await telegram.WaitForMessagesAsync(Asha, 1, Wait))[0];
        Assert.Equal("HTML", reply.ParseMode, ignoreCase: true);
        Assert.Contains("Tom & Jerry +₹300 tea <b>hot</b> & cold", reply.PlainText);
    }

    [Fact]
    public async Task An_edited_message_does_not_make_a_second_entry_and_says_how_to_change_it()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);

        var sent = telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        await telegram.WaitForMessagesAsync(Asha, 1, Wait);
        telegram.PushEditedMessage(Asha, Asha, sent.MessageId, "add Ramesh 600 rice");

        var reply = (await telegram.WaitForMessagesAsync(Asha, 2, Wait))[1];
        Assert.Contains("edit #1 600", reply.PlainText.Replace("500", "600", StringComparison.Ordinal));
        Assert.Equal(1, await bot.QueryAsync(db => db.Entries.CountAsync()));
    }

    [Fact]
    public async Task Staff_join_through_the_invite_link_and_write_in_the_owners_book()
    {
        const long Suresh = 9_000_000_002;
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);

        telegram.PushMessage(Asha, Asha, "invite staff", firstName: "Asha");
        var invite = (await telegram.WaitForMessagesAsync(Asha, 1, Wait))[0].PlainText;
        var link = invite.Split('\n')[1].Trim();
        Assert.StartsWith("https://t.me/khata_test_bot?start=staff_", link);

        telegram.PushMessage(Suresh, Suresh, "/start " + link[(link.IndexOf('=') + 1)..], firstName: "Suresh");
        Assert.Contains("as staff", (await telegram.WaitForMessagesAsync(Suresh, 1, Wait))[0].PlainText);
        Assert.Contains("Suresh joined", (await telegram.WaitForMessagesAsync(Asha, 2, Wait))[1].PlainText);

        telegram.PushMessage(Suresh, Suresh, "add Ramesh 250 oil", firstName: "Suresh");
        await telegram.WaitForMessagesAsync(Suresh, 2, Wait);
        telegram.PushMessage(Suresh, Suresh, "export", firstName: "Suresh");
        Assert.Contains("Only the shop owner", (await telegram.WaitForMessagesAsync(Suresh, 3, Wait))[2].PlainText);

        telegram.PushMessage(Asha, Asha, "balance Ramesh", firstName: "Asha");
        Assert.Contains("₹250", (await telegram.WaitForMessagesAsync(Asha, 3, Wait))[2].PlainText);
    }

    [Fact]
    public async Task An_export_arrives_as_a_document()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);

        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        telegram.PushMessage(Asha, Asha, "export csv", firstName: "Asha");

        var export = (await telegram.WaitForMessagesAsync(Asha, 2, Wait))[1];
        Assert.Equal(SentKind.Document, export.Kind);
        var file = Assert.Single(export.Files);
        Assert.EndsWith(".csv", file.FileName);
        Assert.Contains("Ramesh", System.Text.Encoding.UTF8.GetString(file.Bytes));
    }

    internal static string UndoButtonData(SentMessage message)
    {
        var keyboard = message.ReplyMarkup?["inline_keyboard"]?.AsArray() ?? throw new Xunit.Sdk.XunitException($"No buttons on {message}");
        return keyboard.SelectMany(row => row!.AsArray()).Select(b => b!["callback_data"]!.GetValue<string>()).Single(d => d.Contains("delete #"));
    }
}
