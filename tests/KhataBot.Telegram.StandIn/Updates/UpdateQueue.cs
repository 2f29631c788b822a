using KhataBot.Telegram.StandIn.Http;
using KhataBot.Telegram.StandIn.Recording;

namespace KhataBot.Telegram.StandIn.Updates;

/// <summary>
/// The bot's pending updates, in update_id order, as Telegram keeps them: getUpdates confirms everything below its
/// offset (forgotten for good), a long poll waits for arrivals, a newer poll terminates the older one, and while a
/// webhook is set only the webhook takes updates.
/// </summary>
internal sealed class UpdateQueue
{
    public const string WebhookActive = "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
    public const string TerminatedByNewerPoll = "terminated by other getUpdates request; make sure that only one bot instance is running";

    // Telegram's default when allowed_updates is empty covers every type the stand-in produces.
    private static readonly string[] TypesByDefault = ["message", "edited_message", "callback_query"];

    private readonly Lock _gate = new();
    private readonly List<QueuedUpdate> _pending = [];
    private readonly Dictionary<long, QueuedUpdate> _everPushed = [];
    private HashSet<string> _allowed = [.. TypesByDefault];
    private PollTicket? _activePoll;
    private bool _webhookSet;
    private long _lastUpdateId;

    public UpdateQueue(long firstUpdateId) => _lastUpdateId = firstUpdateId - 1;

    /// <summary>Pulsed when an update arrives or the webhook comes or goes.</summary>
    public AsyncSignal Changed { get; } = new();

    public int PendingCount
    {
        get
        {
            lock (_gate) return _pending.Count;
        }
    }

    /// <summary>Adds an update built under the queue's lock, so ids are handed out and queued in the same order.</summary>
    public QueuedUpdate Push(Func<long, QueuedUpdate> build)
    {
        QueuedUpdate update;
        lock (_gate)
        {
            update = build(++_lastUpdateId);
            _everPushed[update.UpdateId] = update;
            _pending.Add(update);
        }

        Changed.Pulse();
        return update;
    }

    public void Redeliver(long updateId)
    {
        lock (_gate)
        {
            if (!_everPushed.TryGetValue(updateId, out var update)) throw new ArgumentException($"No update {updateId} was ever pushed.", nameof(updateId));
            if (!_pending.Contains(update))
            {
                update.Redelivering = true;
                var index = _pending.FindIndex(pending => pending.UpdateId > updateId);
                _pending.Insert(index < 0 ? _pending.Count : index, update);
            }
        }

        Changed.Pulse();
    }

    /// <summary>Empty means Telegram's default; null leaves the last setting in place (allowed_updates is sticky).</summary>
    public void AllowOnly(IReadOnlyCollection<string>? types)
    {
        lock (_gate) SetAllowed(types);
    }

    public void SetWebhookActive(bool active)
    {
        lock (_gate) _webhookSet = active;
        Changed.Pulse();
    }

    public void DropPending()
    {
        lock (_gate) _pending.Clear();
    }

    public async Task<IReadOnlyList<QueuedUpdate>> PollAsync(
        long? offset, int limit, TimeSpan timeout, IReadOnlyCollection<string>? allowedUpdates, CancellationToken cancellationToken)
    {
        using var ticket = new PollTicket();
        PollTicket? older;
        lock (_gate)
        {
            if (_webhookSet) throw BotApiException.Conflict(WebhookActive);
            SetAllowed(allowedUpdates);
            older = _activePoll;
            _activePoll = ticket;
            if (offset is { } confirmedBelow) Confirm(confirmedBelow);
        }

        older?.Terminate();
        try
        {
            return await WaitForBatchAsync(ticket, limit, timeout, cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                if (_activePoll == ticket) _activePoll = null;
            }
        }
    }

    /// <summary>The oldest deliverable update, for the webhook; it stays pending until <see cref="ConfirmDelivered"/>.</summary>
    public QueuedUpdate? NextForWebhook()
    {
        lock (_gate)
        {
            DropDisallowed();
            return _pending.Count > 0 ? _pending[0] : null;
        }
    }

    /// <summary>The oldest deliverable update not yet out (<paramref name="isOut"/>), for a webhook that posts
    /// several at once (<see cref="WebhookSpread"/>).</summary>
    public QueuedUpdate? NextForWebhook(Func<QueuedUpdate, bool> isOut)
    {
        lock (_gate)
        {
            DropDisallowed();
            return _pending.FirstOrDefault(update => !isOut(update));
        }
    }

    public void ConfirmDelivered(QueuedUpdate update)
    {
        lock (_gate)
        {
            _pending.Remove(update);
            update.Redelivering = false;
        }
    }

    private async Task<IReadOnlyList<QueuedUpdate>> WaitForBatchAsync(PollTicket ticket, int limit, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var changed = Changed.Next;
            lock (_gate)
            {
                if (ticket.IsTerminated) throw BotApiException.Conflict(TerminatedByNewerPoll);
                if (_webhookSet) throw BotApiException.Conflict(WebhookActive);
                var batch = Take(limit);
                if (batch.Count > 0 || DateTime.UtcNow >= deadline) return batch;
            }

            using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, ticket.Terminated);
            wake.CancelAfter(Max(deadline - DateTime.UtcNow, TimeSpan.Zero));
            await changed.WaitAsync(wake.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void Confirm(long offset)
    {
        if (offset < 0)
        {
            // A negative offset keeps only the last -offset updates and forgets everything before them.
            var keep = (int)Math.Min(-offset, _pending.Count);
            _pending.RemoveRange(0, _pending.Count - keep);
            return;
        }

        _pending.RemoveAll(update => update.UpdateId < offset && !update.Redelivering);
    }

    private List<QueuedUpdate> Take(int limit)
    {
        DropDisallowed();
        var batch = _pending.Take(limit).ToList();
        foreach (var update in batch) update.Redelivering = false;
        return batch;
    }

    private void SetAllowed(IReadOnlyCollection<string>? types)
    {
        if (types is not null) _allowed = types.Count == 0 ? [.. TypesByDefault] : [.. types];
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // Telegram never delivers types the bot did not ask for; they are not kept for later.
    private void DropDisallowed() => _pending.RemoveAll(update => !_allowed.Contains(update.Type));
}
