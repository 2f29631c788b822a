using System.Text.Json.Nodes;

namespace KhataBot.Telegram.StandIn;

/// <summary>A successful editMessageText, editMessageCaption or editMessageReplyMarkup.</summary>
public sealed record MessageEdit(
    string Method,
    long ChatId,
    long MessageId,
    string? Text,
    string? PlainText,
    string? ParseMode,
    JsonNode? ReplyMarkup,
    DateTimeOffset At);
