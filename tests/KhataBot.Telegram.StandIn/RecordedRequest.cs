namespace KhataBot.Telegram.StandIn;

/// <summary>One Bot API call as it reached the stand-in, with the HTTP status it got back.</summary>
public sealed record RecordedRequest(string Method, long? ChatId, DateTimeOffset At, int StatusCode);
