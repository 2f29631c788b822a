namespace KhataBot.Telegram.StandIn;

/// <summary>One attempt to post an update to the webhook. <see cref="StatusCode"/> is null when no response came
/// (connection refused, timeout); <see cref="Error"/> is what getWebhookInfo would report.</summary>
public sealed record WebhookDelivery(Uri Url, long UpdateId, int Attempt, int? StatusCode, string? Error, DateTimeOffset At)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
