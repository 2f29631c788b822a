namespace KhataBot.Core.Outbox;

/// <summary>A file that goes with an outbox message (an export, a chart).</summary>
public sealed class OutboxFile
{
    public long Id { get; set; }

    public long OutboxMessageId { get; set; }

    public required string FileName { get; set; }

    public required string MediaType { get; set; }

    public required byte[] Content { get; set; }
}
