namespace KhataBot.Infrastructure.Telegram.Api;

internal sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands);
