using KhataBot.Core.Outbox;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>An outbox row in the sender's memory, with how far it got: a long reply goes out in several
/// messages, and a retry starts at the first one not yet sent, so no part is sent twice.</summary>
internal sealed class PendingReply(OutboxMessage row)
{
    public OutboxMessage Row { get; } = row;

    public long ChatId => Row.ChatId;

    public IReadOnlyList<Func<global::Telegram.Bot.ITelegramBotClient, CancellationToken, Task>>? Parts { get; set; }

    public int PartsSent { get; set; }

    /// <summary>Whether the text already carries the note that it is late (<see cref="LateReplies"/>).</summary>
    public bool LateNoted { get; set; }

    /// <summary>Not before this time (a backoff after a failure). Starts empty: a restarted sender tries
    /// at once, whatever the last process was waiting for.</summary>
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>When this instance's claim on the row ends unless renewed (<see cref="OutboxClaims"/>).</summary>
    public DateTimeOffset LeaseUntil { get; set; } = DateTimeOffset.MaxValue;
}
