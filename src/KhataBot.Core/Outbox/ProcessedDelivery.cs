namespace KhataBot.Core.Outbox;

/// <summary>A delivered message the book has handled (see <see cref="Abstractions.Delivery"/>).</summary>
public sealed class ProcessedDelivery
{
    /// <summary>"tg:1234": the transport's delivery id.</summary>
    public required string Key { get; set; }

    public long ChatId { get; set; }

    /// <summary>The transport's message id, so an edit of that message can be recognised.</summary>
    public long? MessageId { get; set; }

    /// <summary>The entry the message added, if any: an edit of it is pointed at "edit #N".</summary>
    public int? EntryNumber { get; set; }

    public DateTimeOffset At { get; set; }
}
