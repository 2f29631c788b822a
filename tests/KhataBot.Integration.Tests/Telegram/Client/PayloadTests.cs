using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KhataBot.Integration.Tests.Telegram.Client;

/// <summary>Real payloads read with Telegram.Bot's own JSON options (as the webhook and the poison-update
/// path read them), checking what handlers rely on.</summary>
public sealed class PayloadTests
{
    private static Update ReadUpdate(string fixture) =>
        JsonSerializer.Deserialize<Update>(Fixture.Read(fixture), JsonBotAPI.Options)!;

    [Fact]
    public void Start_with_a_deep_link_keeps_its_payload_and_bot_command_entity()
    {
        var update = ReadUpdate("update_start_deeplink.json");

        Assert.Equal(734997090, update.Id);
        var message = Assert.IsType<Message>(update.Message);
        Assert.Equal(51, message.MessageId);
        Assert.Equal("/start YnZiMTIzbWlzY0BnbWFpbC5jb20=", message.Text);
        var entity = Assert.Single(message.Entities!);
        Assert.Equal(MessageEntityType.BotCommand, entity.Type);
        Assert.Equal("/start", message.Text!.Substring(entity.Offset, entity.Length));
        Assert.Equal(996202131, message.Chat.Id);
        Assert.Equal(ChatType.Private, message.Chat.Type);
        Assert.Equal(996202131, message.From!.Id);
        Assert.False(message.From.IsBot);
        Assert.Equal("en", message.From.LanguageCode);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1686207037).UtcDateTime, message.Date);
        Assert.Null(update.CallbackQuery);
    }

    [Fact]
    public void Callback_query_carries_its_data_and_the_chat_of_the_message_it_was_pressed_on()
    {
        var update = ReadUpdate("update_callback_query.json");

        var query = Assert.IsType<CallbackQuery>(update.CallbackQuery);
        Assert.Equal("4278655576057498272", query.Id);
        Assert.Equal("button2_bijoy", query.Data);
        Assert.Equal("-2291384178539442901", query.ChatInstance);
        Assert.Equal(996202131, query.From.Id);
        var message = Assert.IsType<Message>(query.Message);
        Assert.Equal(60, message.MessageId);
        Assert.Equal(996202131, message.Chat.Id);
        // The bot's id is above 2^31: an int would have overflowed.
        Assert.Equal(6097692400L, message.From!.Id);
        Assert.True(message.From.IsBot);
        var row = Assert.Single(message.ReplyMarkup!.InlineKeyboard);
        Assert.Equal(["button1_bijoy", "button2_bijoy"], row.Select(button => button.CallbackData));
        Assert.Equal("Button 2", row.ElementAt(1).Text);
        Assert.Null(update.Message);
    }

    [Fact]
    public void Edited_message_without_is_bot_reads_as_a_person_with_the_edit_time()
    {
        var update = ReadUpdate("update_edited_message.json");

        Assert.Null(update.Message);
        var edited = Assert.IsType<Message>(update.EditedMessage);
        Assert.Equal(1365, edited.MessageId);
        Assert.Equal("Edited text", edited.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1441646600).UtcDateTime, edited.EditDate);
        Assert.Equal(1111111, edited.Chat.Id);
        Assert.Equal("Test Lastname", edited.From!.LastName);
        Assert.False(edited.From.IsBot);
        Assert.Null(edited.Entities);
    }

    [Fact]
    public async Task GetMe_result_reads_despite_fields_the_library_does_not_know()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("getMe", Fixture.Read("getme.json"));

        var me = await telegram.Client().GetMe();

        Assert.Equal(1179906608, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("tasmota_bot", me.Username);
        Assert.Equal("Tasmota", me.FirstName);
    }

    [Fact]
    public void An_update_with_fields_telegram_added_later_still_reads()
    {
        var json = Fixture.Read("update_start_deeplink.json").TrimEnd().TrimEnd('}') +
            """, "some_future_update_kind": {"x": [1, {"y": "z"}]} }""";

        var update = JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;

        Assert.Equal(734997090, update.Id);
        Assert.Equal("/start YnZiMTIzbWlzY0BnbWFpbC5jb20=", update.Message!.Text);
    }
}
