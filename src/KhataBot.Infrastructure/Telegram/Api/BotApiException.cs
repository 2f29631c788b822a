namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>Telegram answered and refused the call (ok=false). Retrying the same call only helps when
/// <see cref="RetryAfter"/> or <see cref="MigrateToChatId"/> says what to change.</summary>
public sealed class BotApiException(
    string method,
    int errorCode,
    string description,
    TimeSpan? retryAfter = null,
    long? migrateToChatId = null)
    : Exception($"Telegram refused {method}: {errorCode} {description}")
{
    /// <summary>The Bot API method, e.g. "sendMessage"; never the URL, which holds the token.</summary>
    public string Method { get; } = method;

    /// <summary>Usually the HTTP status: 400 bad request, 403 blocked by the user, 429 too many requests.</summary>
    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    /// <summary>How long Telegram asks us to wait (flood control).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The group became a supergroup with this id.</summary>
    public long? MigrateToChatId { get; } = migrateToChatId;
}
