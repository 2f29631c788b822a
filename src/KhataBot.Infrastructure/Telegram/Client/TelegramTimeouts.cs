namespace KhataBot.Infrastructure.Telegram.Client;

/// <summary>How long each kind of call may take before it counts as a network failure. Per call rather than
/// one HttpClient.Timeout, because a long poll legitimately waits far longer than a send should.</summary>
public sealed class TelegramTimeouts
{
    /// <summary>Telegram usually answers in well under a second; generous, because a send that timed out
    /// may still have been delivered and is then sent twice by a retry.</summary>
    public TimeSpan Call { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Photos and documents, which a slow shop connection takes a while to push up.</summary>
    public TimeSpan Upload { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Added to getUpdates' own poll length: Telegram answers at the end of the poll, plus network time.</summary>
    public TimeSpan LongPollGrace { get; set; } = TimeSpan.FromSeconds(15);
}
