namespace KhataBot.Infrastructure.Telegram.Api;

internal sealed record EditMessageTextRequest(
    long ChatId,
    long MessageId,
    string Text,
    string? ParseMode,
    InlineKeyboardMarkup? ReplyMarkup,
    LinkPreviewOptions? LinkPreviewOptions);
