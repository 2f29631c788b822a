namespace KhataBot.Infrastructure.Telegram.Api;

internal sealed record DeleteWebhookRequest(bool DropPendingUpdates);
