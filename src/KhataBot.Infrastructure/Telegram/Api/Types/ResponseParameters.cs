namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>What Telegram adds to a refusal so that the caller can recover: wait, or use the group's new id.</summary>
public sealed record ResponseParameters
{
    /// <summary>Seconds to wait before calling again (HTTP 429).</summary>
    public int? RetryAfter { get; init; }

    /// <summary>The group became a supergroup with this id; send there instead.</summary>
    public long? MigrateToChatId { get; init; }
}
