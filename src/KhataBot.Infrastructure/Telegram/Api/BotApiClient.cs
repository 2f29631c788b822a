using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary><see cref="IBotApi"/> over a typed HttpClient whose base address already holds the token
/// (see <see cref="BotApiServiceCollectionExtensions.AddTelegramBotApi"/>), so this class never sees it.</summary>
public sealed partial class BotApiClient(HttpClient http, IOptions<BotApiTimeouts> timeouts, ILogger<BotApiClient> logger) : IBotApi
{
    private static readonly BotApiJsonContext Answers = BotApiJsonContext.Default;
    private static readonly BotApiRequestJsonContext Requests = BotApiRequestJsonContext.Default;

    private readonly BotApiTimeouts _timeouts = timeouts.Value;

    public Task<User> GetMeAsync(CancellationToken cancellationToken = default) =>
        CallAsync("getMe", content: null, Answers.BotApiResponseUser, _timeouts.Call, cancellationToken);

    public async Task<IReadOnlyList<Update>> GetUpdatesAsync(
        long? offset, int limit = 100, int timeoutSeconds = 0, IReadOnlyList<string>? allowedUpdates = null,
        CancellationToken cancellationToken = default)
    {
        var request = new GetUpdatesRequest(offset, limit, timeoutSeconds, allowedUpdates);
        var deadline = TimeSpan.FromSeconds(timeoutSeconds) + _timeouts.LongPollGrace;
        return await CallAsync("getUpdates", Json(request, Requests.GetUpdatesRequest), Answers.BotApiResponseUpdateArray, deadline, cancellationToken);
    }

    public async Task<IReadOnlyList<JsonElement>> GetUpdatesJsonAsync(
        long? offset, int limit = 100, int timeoutSeconds = 0, IReadOnlyList<string>? allowedUpdates = null,
        CancellationToken cancellationToken = default)
    {
        var request = new GetUpdatesRequest(offset, limit, timeoutSeconds, allowedUpdates);
        var deadline = TimeSpan.FromSeconds(timeoutSeconds) + _timeouts.LongPollGrace;
        return await CallAsync("getUpdates", Json(request, Requests.GetUpdatesRequest), Answers.BotApiResponseJsonElementArray, deadline, cancellationToken);
    }

    public Task DeleteWebhookAsync(bool dropPendingUpdates = false, CancellationToken cancellationToken = default) =>
        CallAsync("deleteWebhook", Json(new DeleteWebhookRequest(dropPendingUpdates), Requests.DeleteWebhookRequest), Answers.BotApiResponseBoolean, _timeouts.Call, cancellationToken);

    public Task SetWebhookAsync(
        Uri url, string? secretToken = null, IReadOnlyList<string>? allowedUpdates = null, bool dropPendingUpdates = false,
        CancellationToken cancellationToken = default)
    {
        var request = new SetWebhookRequest(url.AbsoluteUri, secretToken, allowedUpdates, dropPendingUpdates);
        return CallAsync("setWebhook", Json(request, Requests.SetWebhookRequest), Answers.BotApiResponseBoolean, _timeouts.Call, cancellationToken);
    }

    public Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken cancellationToken = default) =>
        CallAsync("getWebhookInfo", content: null, Answers.BotApiResponseWebhookInfo, _timeouts.Call, cancellationToken);

    public Task<Message> SendMessageAsync(
        long chatId, string text, ParseMode? parseMode = null, ReplyMarkup? replyMarkup = null, long? replyToMessageId = null,
        bool disableLinkPreview = false, CancellationToken cancellationToken = default)
    {
        var request = new SendMessageRequest(
            chatId, text, WireNames.Of(parseMode), replyMarkup,
            replyToMessageId is { } replyTo ? new ReplyParameters(replyTo) : null,
            LinkPreview(disableLinkPreview));
        return CallAsync("sendMessage", Json(request, Requests.SendMessageRequest), Answers.BotApiResponseMessage, _timeouts.Call, cancellationToken);
    }

    public Task<Message> EditMessageTextAsync(
        long chatId, long messageId, string text, ParseMode? parseMode = null, InlineKeyboardMarkup? replyMarkup = null,
        bool disableLinkPreview = false, CancellationToken cancellationToken = default)
    {
        var request = new EditMessageTextRequest(chatId, messageId, text, WireNames.Of(parseMode), replyMarkup, LinkPreview(disableLinkPreview));
        return CallAsync("editMessageText", Json(request, Requests.EditMessageTextRequest), Answers.BotApiResponseMessage, _timeouts.Call, cancellationToken);
    }

    public Task<Message> EditMessageReplyMarkupAsync(
        long chatId, long messageId, InlineKeyboardMarkup? replyMarkup, CancellationToken cancellationToken = default)
    {
        var request = new EditMessageReplyMarkupRequest(chatId, messageId, replyMarkup);
        return CallAsync("editMessageReplyMarkup", Json(request, Requests.EditMessageReplyMarkupRequest), Answers.BotApiResponseMessage, _timeouts.Call, cancellationToken);
    }

    public Task AnswerCallbackQueryAsync(
        string callbackQueryId, string? text = null, bool showAlert = false, CancellationToken cancellationToken = default)
    {
        var request = new AnswerCallbackQueryRequest(callbackQueryId, text, showAlert);
        return CallAsync("answerCallbackQuery", Json(request, Requests.AnswerCallbackQueryRequest), Answers.BotApiResponseBoolean, _timeouts.Call, cancellationToken);
    }

    public Task<Message> SendPhotoAsync(
        long chatId, InputFile photo, string? caption = null, ParseMode? parseMode = null, ReplyMarkup? replyMarkup = null,
        CancellationToken cancellationToken = default) =>
        SendFileAsync("sendPhoto", "photo", chatId, photo, caption, parseMode, replyMarkup, cancellationToken);

    public Task<Message> SendDocumentAsync(
        long chatId, InputFile document, string? caption = null, ParseMode? parseMode = null, ReplyMarkup? replyMarkup = null,
        CancellationToken cancellationToken = default) =>
        SendFileAsync("sendDocument", "document", chatId, document, caption, parseMode, replyMarkup, cancellationToken);

    public async Task<IReadOnlyList<Message>> SendMediaGroupAsync(
        long chatId, IReadOnlyList<InputMedia> media, CancellationToken cancellationToken = default)
    {
        CheckAlbum(media);
        var form = MultipartForm.Create();
        form.AddField("chat_id", chatId.ToString(CultureInfo.InvariantCulture));
        var described = new InputMediaWire[media.Count];
        for (var i = 0; i < media.Count; i++)
        {
            var part = $"file{i}";
            form.AddFile(part, media[i].File);
            described[i] = new InputMediaWire(WireNames.Of(media[i].Kind), $"attach://{part}", media[i].Caption, WireNames.Of(media[i].ParseMode));
        }
        form.AddField("media", JsonSerializer.Serialize(described, Requests.InputMediaWireArray));
        return await CallAsync("sendMediaGroup", form, Answers.BotApiResponseMessageArray, _timeouts.Upload, cancellationToken);
    }

    public Task SendChatActionAsync(long chatId, ChatAction action, CancellationToken cancellationToken = default) =>
        CallAsync("sendChatAction", Json(new SendChatActionRequest(chatId, WireNames.Of(action)), Requests.SendChatActionRequest), Answers.BotApiResponseBoolean, _timeouts.Call, cancellationToken);

    public Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, CancellationToken cancellationToken = default) =>
        CallAsync("setMyCommands", Json(new SetMyCommandsRequest(commands), Requests.SetMyCommandsRequest), Answers.BotApiResponseBoolean, _timeouts.Call, cancellationToken);

    private Task<Message> SendFileAsync(
        string method, string fileField, long chatId, InputFile file, string? caption, ParseMode? parseMode, ReplyMarkup? replyMarkup,
        CancellationToken cancellationToken)
    {
        var form = MultipartForm.Create();
        form.AddField("chat_id", chatId.ToString(CultureInfo.InvariantCulture));
        form.AddFile(fileField, file);
        form.AddField("caption", caption);
        form.AddField("parse_mode", WireNames.Of(parseMode));
        // A form field carries only text, so the markup travels as its JSON.
        form.AddField("reply_markup", replyMarkup is null ? null : JsonSerializer.Serialize(replyMarkup, Requests.ReplyMarkup));
        return CallAsync(method, form, Answers.BotApiResponseMessage, _timeouts.Upload, cancellationToken);
    }

    private static LinkPreviewOptions? LinkPreview(bool disabled) => disabled ? new LinkPreviewOptions(IsDisabled: true) : null;

    // Telegram refuses these albums with a 400 anyway; failing here names the mistake.
    private static void CheckAlbum(IReadOnlyList<InputMedia> media)
    {
        if (media.Count is < 2 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(media), media.Count, "An album holds 2 to 10 items.");
        }
        if (media.Any(m => m.Kind == InputMediaKind.Document) && media.Any(m => m.Kind != InputMediaKind.Document))
        {
            throw new ArgumentException("Telegram groups documents only with other documents.", nameof(media));
        }
    }
}
