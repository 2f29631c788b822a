namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>No usable answer from Telegram: the connection failed, the deadline passed, or what came back was
/// not a Bot API envelope (a proxy's error page). Telegram may or may not have acted, so a retried send can
/// arrive twice.</summary>
public sealed class BotApiUnreachableException(string method, string reason, Exception innerException)
    : Exception($"Could not reach Telegram for {method}: {reason}", innerException)
{
    /// <summary>The Bot API method, e.g. "sendMessage"; never the URL, which holds the token.</summary>
    public string Method { get; } = method;
}
