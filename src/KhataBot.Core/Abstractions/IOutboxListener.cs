namespace KhataBot.Core.Abstractions;

/// <summary>Told after a commit that put messages in the outbox, so a sender can start at once instead
/// of polling the table.</summary>
public interface IOutboxListener
{
    void OutboxChanged();
}
