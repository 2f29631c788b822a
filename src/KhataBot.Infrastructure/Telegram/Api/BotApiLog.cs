using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>The client's own log lines: the method name only, never the URL (it holds the token). Debug,
/// because callers decide whether a refusal or an outage is worth a warning.</summary>
internal static partial class BotApiLog
{
    [LoggerMessage(LogLevel.Debug, "Bot API {Method} answered in {ElapsedMs:0} ms")]
    public static partial void Answered(ILogger logger, string method, double elapsedMs);

    [LoggerMessage(LogLevel.Debug, "Bot API {Method} refused with {ErrorCode} {Description} after {ElapsedMs:0} ms")]
    public static partial void Refused(ILogger logger, string method, int errorCode, string description, double elapsedMs);

    [LoggerMessage(LogLevel.Debug, "Bot API {Method} unreachable: {Reason} after {ElapsedMs:0} ms")]
    public static partial void Unreachable(ILogger logger, string method, string reason, double elapsedMs);
}
