namespace KhataBot.Infrastructure.Instances;

/// <summary>A bot process that shares the database, by its last heartbeat. The outbox's senders divide
/// Telegram's rate and the chats among the instances seen lately.</summary>
public sealed class LiveInstance
{
    public required string Name { get; set; }

    /// <summary>Unix milliseconds of the last heartbeat: compared as a number on every provider.</summary>
    public long SeenAtMs { get; set; }
}
