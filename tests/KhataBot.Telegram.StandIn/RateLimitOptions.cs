namespace KhataBot.Telegram.StandIn;

/// <summary>
/// Telegram's flood limits as the stand-in enforces them on sends and edits: at most this many accepted within any
/// sliding window, else 429 "Too Many Requests: retry after N". Telegram documents about 30 a second overall,
/// about 1 a second per chat (short bursts tolerated) and 20 a minute per group.
/// </summary>
public sealed record RateLimitOptions
{
    public int MaxPerSecondOverall { get; init; } = 30;

    /// <summary>Null leaves single chats unlimited apart from the overall limit.</summary>
    public int? MaxPerSecondPerChat { get; init; }

    /// <summary>Applies to chats with negative ids (groups and supergroups); null turns it off.</summary>
    public int? MaxPerMinutePerGroup { get; init; } = 20;
}
