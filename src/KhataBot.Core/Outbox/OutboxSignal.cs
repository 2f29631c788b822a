using System.Threading.Channels;
using KhataBot.Core.Abstractions;

namespace KhataBot.Core.Outbox;

/// <summary>Wakes the outbox's sender after a commit that gave it something to send. Many wake-ups
/// before the sender looks count as one.</summary>
public sealed class OutboxSignal : IOutboxListener
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private int _committed;

    public void OutboxChanged()
    {
        Interlocked.Exchange(ref _committed, 1);
        _wake.Writer.TryWrite(true);
    }

    /// <summary>Wakes the sender without news of the outbox (one of its own sends finished).</summary>
    public void Nudge() => _wake.Writer.TryWrite(true);

    /// <summary>Whether a commit wrote to the outbox since the last call.</summary>
    public bool TakeCommitted() => Interlocked.Exchange(ref _committed, 0) == 1;

    /// <summary>Whether a wake-up was waiting (and takes it).</summary>
    public bool TryTake() => _wake.Reader.TryRead(out _);

    /// <summary>Waits until woken or <paramref name="timeout"/> passes, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        if (TryTake())
        {
            return;
        }

        using var woken = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : timeout, time, woken.Token);
        var signal = _wake.Reader.WaitToReadAsync(woken.Token).AsTask();
        await Task.WhenAny(delay, signal);
        await woken.CancelAsync();
        TryTake();
        ct.ThrowIfCancellationRequested();
    }
}
