using System.Text.Json;
using KhataBot.Infrastructure.Telegram.Api;

namespace KhataBot.Integration.Tests.Telegram.Api;

/// <summary>Real payloads read through the source-generated context, checking what handlers will rely on.</summary>
public sealed class PayloadTests
{
    private static Update ReadUpdate(string fixture) =>
        JsonSerializer.Deserialize(Fixture.Read(fixture), BotApiJsonContext.Default.Update)!;

    [Fact]
    public void Start_with_a_deep_link_keeps_its_payload_and_bot_command_entity()
    {
        var update = ReadUpdate("update_start_deeplink.json");

        Assert.Equal(734997090, update.UpdateId);
        var message = Assert.IsType<Message>(update.Message);
        Assert.Equal(51, message.MessageId);
        Assert.Equal("/start YnZiMTIzbWlzY0BnbWFpbC5jb20=", message.Text);
        var entity = Assert.Single(message.Entities!);
        Assert.Equal(MessageEntity.BotCommand, entity.Type);
        Assert.Equal("/start", message.Text!.Substring(entity.Offset, entity.Length));
        Assert.Equal(996202131, message.Chat.Id);
        Assert.Equal(Chat.Private, message.Chat.Type);
        Assert.Equal(996202131, message.From!.Id);
        Assert.False(message.From.IsBot);
        Assert.Equal("en", message.From.LanguageCode);
        Assert.Equal(1686207037, message.Date);
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
        Assert.Equal("Button 2", row[1].Text);
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
        Assert.Equal(1441646600, edited.EditDate);
        Assert.Equal(1111111, edited.Chat.Id);
        Assert.Equal("Test Lastname", edited.From!.LastName);
        Assert.False(edited.From.IsBot);
        Assert.Null(edited.Entities);
    }

    [Fact]
    public void GetMe_result_reads_despite_fields_this_client_does_not_know()
    {
        var answer = JsonSerializer.Deserialize(Fixture.Read("getme.json"), BotApiJsonContext.Default.BotApiResponseUser)!;

        Assert.True(answer.Ok);
        Assert.Equal(1179906608, answer.Result!.Id);
        Assert.True(answer.Result.IsBot);
        Assert.Equal("tasmota_bot", answer.Result.Username);
        Assert.Equal("Tasmota", answer.Result.FirstName);
    }

    [Theory]
    [InlineData("error_400_empty_text.json", 400, "Bad Request: message text is empty", null, null)]
    [InlineData("error_401.json", 401, "Unauthorized", null, null)]
    [InlineData("error_403_blocked.json", 403, "Forbidden: bot was blocked by the user", null, null)]
    [InlineData("error_409_webhook_active.json", 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", null, null)]
    [InlineData("error_429.json", 429, "Too Many Requests: retry after 1", 1, null)]
    [InlineData("error_with_parameters.json", 400, "Test error description", 421, 1234567890L)]
    public void Error_envelope_reads_with_its_code_description_and_parameters(
        string fixture, int errorCode, string description, int? retryAfter, long? migrateToChatId)
    {
        var answer = JsonSerializer.Deserialize(Fixture.Read(fixture), BotApiJsonContext.Default.BotApiResponseMessage)!;

        Assert.False(answer.Ok);
        Assert.Null(answer.Result);
        Assert.Equal(errorCode, answer.ErrorCode);
        Assert.Equal(description, answer.Description);
        Assert.Equal(retryAfter, answer.Parameters?.RetryAfter);
        Assert.Equal(migrateToChatId, answer.Parameters?.MigrateToChatId);
    }
}
