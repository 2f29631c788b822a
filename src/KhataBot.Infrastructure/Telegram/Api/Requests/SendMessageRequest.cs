namespace KhataBot.Infrastructure.Telegram.Api;

internal sealed record SendMessageRequest(
    long ChatId,
    string Text,
    string? ParseMode,
    ReplyMarkup? ReplyMarkup,
    ReplyParameters? ReplyParameters,
    LinkPreviewOptions? LinkPreviewOptions);
