namespace KhataBot.Infrastructure.Telegram.Api;

internal sealed record GetUpdatesRequest(long? Offset, int Limit, int Timeout, IReadOnlyList<string>? AllowedUpdates);
