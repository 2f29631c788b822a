using System.Text.Json;
using KhataBot.Infrastructure.Telegram.Api;

namespace KhataBot.Integration.Tests.Telegram.Api;

/// <summary>The JSON methods over real HTTP: what reaches Telegram, and what comes back.</summary>
public sealed class SendingTests
{
    private const long Supergroup = -1001234567890;

    private const string SentMessage =
        """{"message_id":99,"chat":{"id":-1001234567890,"type":"supergroup","title":"Sharma Kirana"},"date":1700000000,"text":"ok"}""";

    private static readonly InlineKeyboardMarkup UndoKeyboard = new([[InlineKeyboardButton.WithCallback("Undo", "undo:7")]]);

    [Fact]
    public async Task Send_message_posts_snake_case_json_with_a_numeric_chat_id_and_the_keyboard_as_an_object()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("sendMessage", SentMessage);

        var sent = await telegram.Client().SendMessageAsync(
            Supergroup, "<b>₹500</b> मिले", ParseMode.Html, UndoKeyboard, replyToMessageId: 51, disableLinkPreview: true);

        var call = telegram.Single("sendMessage");
        Assert.StartsWith("application/json", call.ContentType);
        var body = call.Body;
        Assert.Equal(JsonValueKind.Number, body.GetProperty("chat_id").ValueKind);
        Assert.Equal(Supergroup, body.GetProperty("chat_id").GetInt64());
        Assert.Equal("<b>₹500</b> मिले", body.GetProperty("text").GetString());
        Assert.Equal("HTML", body.GetProperty("parse_mode").GetString());
        var markup = body.GetProperty("reply_markup");
        Assert.Equal(JsonValueKind.Object, markup.ValueKind);
        var button = markup.GetProperty("inline_keyboard")[0][0];
        Assert.Equal("Undo", button.GetProperty("text").GetString());
        Assert.Equal("undo:7", button.GetProperty("callback_data").GetString());
        Assert.False(button.TryGetProperty("url", out _));
        Assert.Equal(51, body.GetProperty("reply_parameters").GetProperty("message_id").GetInt64());
        Assert.True(body.GetProperty("reply_parameters").GetProperty("allow_sending_without_reply").GetBoolean());
        Assert.True(body.GetProperty("link_preview_options").GetProperty("is_disabled").GetBoolean());

        Assert.Equal(99, sent.MessageId);
        Assert.Equal(Supergroup, sent.Chat.Id);
        Assert.Equal("Sharma Kirana", sent.Chat.Title);
    }

    [Fact]
    public async Task Plain_send_message_sends_only_chat_id_and_text()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("sendMessage", SentMessage);

        await telegram.Client().SendMessageAsync(42, "Ramesh owes ₹300.");

        var body = telegram.Single("sendMessage").Body;
        Assert.Equal(["chat_id", "text"], body.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Force_reply_is_sent_with_force_reply_true()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("sendMessage", SentMessage);

        await telegram.Client().SendMessageAsync(42, "How much?", replyMarkup: new ForceReply("500"));

        var markup = telegram.Single("sendMessage").Body.GetProperty("reply_markup");
        Assert.True(markup.GetProperty("force_reply").GetBoolean());
        Assert.Equal("500", markup.GetProperty("input_field_placeholder").GetString());
    }

    [Fact]
    public async Task Get_updates_sends_offset_and_poll_length_and_reads_the_updates()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("getUpdates", $"[{Fixture.Read("update_start_deeplink.json")},{Fixture.Read("update_callback_query.json")}]");

        var updates = await telegram.Client().GetUpdatesAsync(734997090, limit: 50, timeoutSeconds: 0, allowedUpdates: ["message", "callback_query"]);

        var body = telegram.Single("getUpdates").Body;
        Assert.Equal(734997090, body.GetProperty("offset").GetInt64());
        Assert.Equal(50, body.GetProperty("limit").GetInt32());
        Assert.Equal(0, body.GetProperty("timeout").GetInt32());
        Assert.Equal(["message", "callback_query"], body.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([734997090L, 734997099L], updates.Select(u => u.UpdateId));
        Assert.Equal("button2_bijoy", updates[1].CallbackQuery!.Data);
    }

    [Fact]
    public async Task First_get_updates_leaves_out_offset_and_allowed_updates()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("getUpdates", "[]");

        var updates = await telegram.Client().GetUpdatesAsync(offset: null);

        Assert.Empty(updates);
        var body = telegram.Single("getUpdates").Body;
        Assert.False(body.TryGetProperty("offset", out _));
        Assert.False(body.TryGetProperty("allowed_updates", out _));
    }

    [Fact]
    public async Task Editing_the_keyboard_to_null_sends_no_markup_which_removes_it()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("editMessageReplyMarkup", SentMessage);

        await telegram.Client().EditMessageReplyMarkupAsync(Supergroup, 99, replyMarkup: null);

        var body = telegram.Single("editMessageReplyMarkup").Body;
        Assert.Equal(Supergroup, body.GetProperty("chat_id").GetInt64());
        Assert.Equal(99, body.GetProperty("message_id").GetInt64());
        Assert.False(body.TryGetProperty("reply_markup", out _));
    }

    [Fact]
    public async Task Edit_message_text_sends_the_new_text_and_keyboard()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("editMessageText", SentMessage);

        var edited = await telegram.Client().EditMessageTextAsync(Supergroup, 99, "Undone.", replyMarkup: UndoKeyboard);

        var body = telegram.Single("editMessageText").Body;
        Assert.Equal("Undone.", body.GetProperty("text").GetString());
        Assert.Equal("undo:7", body.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        Assert.Equal(99, edited.MessageId);
    }

    [Fact]
    public async Task Answer_callback_query_sends_its_id_text_and_alert_flag()
    {
        await using var telegram = await FakeTelegram.StartAsync();

        await telegram.Client().AnswerCallbackQueryAsync("4278655576057498272", "Undone", showAlert: true);

        var body = telegram.Single("answerCallbackQuery").Body;
        Assert.Equal("4278655576057498272", body.GetProperty("callback_query_id").GetString());
        Assert.Equal("Undone", body.GetProperty("text").GetString());
        Assert.True(body.GetProperty("show_alert").GetBoolean());
    }

    [Fact]
    public async Task Set_webhook_sends_url_secret_updates_and_drop_flag()
    {
        await using var telegram = await FakeTelegram.StartAsync();

        await telegram.Client().SetWebhookAsync(
            new Uri("https://khata.example.in/telegram/webhook"), "s3cret_-X", ["message"], dropPendingUpdates: true);

        var body = telegram.Single("setWebhook").Body;
        Assert.Equal("https://khata.example.in/telegram/webhook", body.GetProperty("url").GetString());
        Assert.Equal("s3cret_-X", body.GetProperty("secret_token").GetString());
        Assert.Equal("message", body.GetProperty("allowed_updates")[0].GetString());
        Assert.True(body.GetProperty("drop_pending_updates").GetBoolean());
    }

    [Fact]
    public async Task Delete_webhook_sends_the_drop_flag()
    {
        await using var telegram = await FakeTelegram.StartAsync();

        await telegram.Client().DeleteWebhookAsync(dropPendingUpdates: true);

        Assert.True(telegram.Single("deleteWebhook").Body.GetProperty("drop_pending_updates").GetBoolean());
    }

    [Fact]
    public async Task Webhook_info_reads_the_last_error()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("getWebhookInfo",
            """{"url":"https://khata.example.in/telegram/webhook","has_custom_certificate":false,"pending_update_count":3,"last_error_date":1700000000,"last_error_message":"Wrong response from the webhook: 502 Bad Gateway","max_connections":40,"ip_address":"203.0.113.7"}""");

        var info = await telegram.Client().GetWebhookInfoAsync();

        Assert.Equal("https://khata.example.in/telegram/webhook", info.Url);
        Assert.Equal(3, info.PendingUpdateCount);
        Assert.Equal(1700000000, info.LastErrorDate);
        Assert.Equal("Wrong response from the webhook: 502 Bad Gateway", info.LastErrorMessage);
    }

    [Fact]
    public async Task Chat_action_and_commands_use_telegrams_spelling()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        var api = telegram.Client();

        await api.SendChatActionAsync(42, ChatAction.UploadDocument);
        await api.SetMyCommandsAsync([new BotCommand("report", "This month's report"), new BotCommand("undo", "Undo the last entry")]);

        Assert.Equal("upload_document", telegram.Single("sendChatAction").Body.GetProperty("action").GetString());
        var commands = telegram.Single("setMyCommands").Body.GetProperty("commands");
        Assert.Equal(["report", "undo"], commands.EnumerateArray().Select(c => c.GetProperty("command").GetString()));
        Assert.Equal("This month's report", commands[0].GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("/tg-proxy")]
    [InlineData("/tg-proxy/")]
    public async Task Api_base_url_with_a_path_prefix_is_kept_with_or_without_its_slash(string written)
    {
        await using var telegram = await FakeTelegram.StartAsync(pathPrefix: "/tg-proxy");
        telegram.AnswerResult("getMe", """{"id":1179906608,"is_bot":true,"first_name":"Khata"}""");
        var root = telegram.ApiBaseUrl.GetLeftPart(UriPartial.Authority);

        var me = await telegram.Client(apiBaseUrl: new Uri(root + written)).GetMeAsync();

        Assert.Equal(1179906608, me.Id);
        Assert.Single(telegram.Calls, call => call.Method == "getMe");
    }

    [Fact]
    public async Task A_malformed_token_is_refused_without_being_quoted()
    {
        await using var telegram = await FakeTelegram.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(() => telegram.Client(token: "123456789:has space/and-slash"));

        Assert.Contains("Telegram:BotToken", error.Message);
        Assert.DoesNotContain("has space", error.ToString());
    }
}
