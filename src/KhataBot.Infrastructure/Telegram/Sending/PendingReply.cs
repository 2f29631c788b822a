using KhataBot.Core.Outbox;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>An outbox row in the sender's memory, with how far it got: a long reply goes out in several
/// messages, and a retry starts at the first one not yet sent, so no part is sent twice.</summary>
internal sealed class PendingReply(OutboxMessage row)
{
    public OutboxMessage Row { get; } = row;

    public long ChatId => Row.ChatId;

    public IReadOnlyList<Func<Api.IBotApi, CancellationToken, Task>>? Parts { get; set; }

    public int PartsSent { get; set; }

    public DateTimeOffset? NotBefore { get; set; } = row.NotBefore;
}
