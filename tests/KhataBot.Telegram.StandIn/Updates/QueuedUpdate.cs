namespace KhataBot.Telegram.StandIn.Updates;

/// <summary>An update as Telegram holds it for the bot: its id, its type (for allowed_updates) and its JSON, ready to send.</summary>
internal sealed class QueuedUpdate(long updateId, string type, byte[] json)
{
    public long UpdateId { get; } = updateId;

    public string Type { get; } = type;

    public byte[] Json { get; } = json;

    /// <summary>Set by a redelivery: the update comes back even though the bot's offset has passed it, and only the
    /// next offset beyond it, after it has been handed out again, confirms it.</summary>
    public bool Redelivering { get; set; }
}
