namespace KhataBot.Infrastructure.Telegram.Api;

internal sealed record LinkPreviewOptions(bool IsDisabled);
