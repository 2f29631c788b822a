namespace KhataBot.Infrastructure.Telegram.Api;

internal sealed record SetWebhookRequest(string Url, string? SecretToken, IReadOnlyList<string>? AllowedUpdates, bool DropPendingUpdates);
