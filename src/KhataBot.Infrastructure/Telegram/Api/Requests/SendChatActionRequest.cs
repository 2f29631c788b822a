namespace KhataBot.Infrastructure.Telegram.Api;

internal sealed record SendChatActionRequest(long ChatId, string Action);
