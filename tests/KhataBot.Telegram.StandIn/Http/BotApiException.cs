namespace KhataBot.Telegram.StandIn.Http;

/// <summary>A refusal in Telegram's own words; the dispatcher turns it into the error envelope.</summary>
internal sealed class BotApiException(int errorCode, string description, int? retryAfter = null) : Exception(description)
{
    public int ErrorCode { get; } = errorCode;

    public int? RetryAfter { get; } = retryAfter;

    public static BotApiException BadRequest(string reason) => new(400, "Bad Request: " + reason);

    public static BotApiException Forbidden(string reason) => new(403, "Forbidden: " + reason);

    public static BotApiException Conflict(string reason) => new(409, "Conflict: " + reason);

    public static BotApiException TooManyRequests(int retryAfterSeconds) =>
        new(429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfterSeconds);

    public static BotApiException EntityTooLarge() => new(413, "Request Entity Too Large");
}
