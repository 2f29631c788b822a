namespace KhataBot.Telegram.StandIn.Webhooks;

/// <summary>What getWebhookInfo reports besides the pending count.</summary>
internal sealed record WebhookState(Uri? Url, string? SecretToken, DateTimeOffset? LastErrorAt, string? LastErrorMessage)
{
    public static readonly WebhookState None = new(null, null, null, null);
}
