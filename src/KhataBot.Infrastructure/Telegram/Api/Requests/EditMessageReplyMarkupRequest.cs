namespace KhataBot.Infrastructure.Telegram.Api;

/// <remarks>A null markup is sent as no field at all, which is how Telegram is told to remove the keyboard.</remarks>
internal sealed record EditMessageReplyMarkupRequest(long ChatId, long MessageId, InlineKeyboardMarkup? ReplyMarkup);
