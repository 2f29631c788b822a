namespace KhataBot.Infrastructure.Telegram.Api;

internal sealed record AnswerCallbackQueryRequest(string CallbackQueryId, string? Text, bool ShowAlert);
