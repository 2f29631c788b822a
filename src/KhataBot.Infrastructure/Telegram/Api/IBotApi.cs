namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>The Telegram Bot API methods KhataBot uses, typed. Every method throws <see cref="BotApiException"/>
/// when Telegram refuses and <see cref="BotApiUnreachableException"/> when no usable answer came back, so callers
/// can tell "do not retry this" from "try again later".</summary>
public interface IBotApi
{
    Task<User> GetMeAsync(CancellationToken cancellationToken = default);

    /// <summary>Long-polls: Telegram holds the call up to <paramref name="timeoutSeconds"/> until an update
    /// arrives. <paramref name="offset"/> confirms every update before it.</summary>
    /// <param name="allowedUpdates">Sticky on Telegram's side: null keeps the previous setting.</param>
    Task<IReadOnlyList<Update>> GetUpdatesAsync(
        long? offset,
        int limit = 100,
        int timeoutSeconds = 0,
        IReadOnlyList<string>? allowedUpdates = null,
        CancellationToken cancellationToken = default);

    /// <summary>getUpdates with each update left as its JSON, for a caller that reads them one by one (one
    /// update that cannot be read must not hide the others).</summary>
    Task<IReadOnlyList<System.Text.Json.JsonElement>> GetUpdatesJsonAsync(
        long? offset,
        int limit = 100,
        int timeoutSeconds = 0,
        IReadOnlyList<string>? allowedUpdates = null,
        CancellationToken cancellationToken = default);

    Task DeleteWebhookAsync(bool dropPendingUpdates = false, CancellationToken cancellationToken = default);

    /// <param name="secretToken">Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token on every delivery.</param>
    Task SetWebhookAsync(
        Uri url,
        string? secretToken = null,
        IReadOnlyList<string>? allowedUpdates = null,
        bool dropPendingUpdates = false,
        CancellationToken cancellationToken = default);

    Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken cancellationToken = default);

    /// <param name="replyToMessageId">Quoted if it still exists; the message is sent either way.</param>
    Task<Message> SendMessageAsync(
        long chatId,
        string text,
        ParseMode? parseMode = null,
        ReplyMarkup? replyMarkup = null,
        long? replyToMessageId = null,
        bool disableLinkPreview = false,
        CancellationToken cancellationToken = default);

    Task<Message> EditMessageTextAsync(
        long chatId,
        long messageId,
        string text,
        ParseMode? parseMode = null,
        InlineKeyboardMarkup? replyMarkup = null,
        bool disableLinkPreview = false,
        CancellationToken cancellationToken = default);

    /// <param name="replyMarkup">Null removes the keyboard.</param>
    Task<Message> EditMessageReplyMarkupAsync(
        long chatId,
        long messageId,
        InlineKeyboardMarkup? replyMarkup,
        CancellationToken cancellationToken = default);

    /// <param name="text">A short toast, or with <paramref name="showAlert"/> a dialog the user must close.</param>
    Task AnswerCallbackQueryAsync(
        string callbackQueryId,
        string? text = null,
        bool showAlert = false,
        CancellationToken cancellationToken = default);

    /// <summary>Uploads a photo (up to 10 MB).</summary>
    Task<Message> SendPhotoAsync(
        long chatId,
        InputFile photo,
        string? caption = null,
        ParseMode? parseMode = null,
        ReplyMarkup? replyMarkup = null,
        CancellationToken cancellationToken = default);

    /// <summary>Uploads a file (up to 50 MB) that the user can save, such as an export.</summary>
    Task<Message> SendDocumentAsync(
        long chatId,
        InputFile document,
        string? caption = null,
        ParseMode? parseMode = null,
        ReplyMarkup? replyMarkup = null,
        CancellationToken cancellationToken = default);

    /// <summary>Uploads 2-10 photos, or 2-10 documents, as one album in one request.</summary>
    Task<IReadOnlyList<Message>> SendMediaGroupAsync(
        long chatId,
        IReadOnlyList<InputMedia> media,
        CancellationToken cancellationToken = default);

    /// <summary>Shows the status for about 5 seconds, or until the next message arrives.</summary>
    Task SendChatActionAsync(long chatId, ChatAction action, CancellationToken cancellationToken = default);

    Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, CancellationToken cancellationToken = default);
}
