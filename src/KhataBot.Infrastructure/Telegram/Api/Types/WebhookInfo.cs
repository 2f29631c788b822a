namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>The webhook Telegram has on record, to check at start that it points here and is healthy.</summary>
public sealed record WebhookInfo
{
    /// <summary>Empty when no webhook is set (the bot uses getUpdates).</summary>
    public string Url { get; init; } = "";

    public bool HasCustomCertificate { get; init; }

    public int PendingUpdateCount { get; init; }

    /// <summary>Unix time in seconds of the last failed delivery.</summary>
    public long? LastErrorDate { get; init; }

    public string? LastErrorMessage { get; init; }

    public int? MaxConnections { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}
