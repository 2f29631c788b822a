namespace KhataBot.Core.Outbox;

/// <summary>
/// A reply or notification waiting to be sent. It is written in the same transaction as the change it
/// reports, so once a change is committed its reply cannot be lost; a sender drains the table.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>The transport's chat to send to.</summary>
    public long ChatId { get; set; }

    /// <summary>Plain text; the sender escapes it for the transport's markup.</summary>
    public required string Text { get; set; }

    /// <summary>Buttons as JSON: [{"text":"Undo","data":"12:delete #5"}]; data already names its shop.</summary>
    public string? ButtonsJson { get; set; }

    public List<OutboxFile> Files { get; set; } = [];

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this time (a 429's retry_after, a backoff after a failure).</summary>
    public DateTimeOffset? NotBefore { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The instance sending it (Instance:Name), while its lease lasts: with several instances on one
    /// database, each reply is sent by one.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Unix milliseconds when the claim runs out unless renewed; then another instance may take the
    /// reply over (its claimer died). A number, so every provider compares it in SQL.</summary>
    public long? LeaseUntilMs { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

public enum OutboxStatus
{
    Pending,
    Sent,

    /// <summary>Refused for good (a 400, a chat that blocked the bot): kept, with the reason, not retried.</summary>
    Failed,
}
