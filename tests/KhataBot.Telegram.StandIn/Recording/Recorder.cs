using System.Collections.Concurrent;

namespace KhataBot.Telegram.StandIn.Recording;

/// <summary>What happened, for assertions. Append-only concurrent queues keep the request path free of locks.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<SentMessage> _sent = new();
    private readonly ConcurrentQueue<MessageEdit> _edits = new();
    private readonly ConcurrentQueue<AnsweredCallback> _answeredCallbacks = new();
    private readonly ConcurrentQueue<CommandsSet> _commandSets = new();
    private readonly ConcurrentQueue<MenuButtonSet> _menuButtons = new();
    private readonly ConcurrentQueue<WebhookDelivery> _webhookDeliveries = new();
    private int _tooManyRequests;

    /// <summary>Pulsed after anything is recorded, for the waiting helpers.</summary>
    public AsyncSignal Changed { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public IReadOnlyList<SentMessage> Sent => [.. _sent];

    public int SentCount => _sent.Count;

    public IReadOnlyList<MessageEdit> Edits => [.. _edits];

    public IReadOnlyList<AnsweredCallback> AnsweredCallbacks => [.. _answeredCallbacks];

    public IReadOnlyList<CommandsSet> CommandSets => [.. _commandSets];

    public IReadOnlyList<MenuButtonSet> MenuButtons => [.. _menuButtons];

    public IReadOnlyList<WebhookDelivery> WebhookDeliveries => [.. _webhookDeliveries];

    public int TooManyRequestsCount => Volatile.Read(ref _tooManyRequests);

    public void RecordRequest(RecordedRequest request) => Add(_requests, request);

    public void RecordSent(SentMessage message) => Add(_sent, message);

    public void RecordEdit(MessageEdit edit) => Add(_edits, edit);

    public void RecordAnswer(AnsweredCallback answer) => Add(_answeredCallbacks, answer);

    public void RecordCommands(CommandsSet commands) => Add(_commandSets, commands);

    public void RecordMenuButton(MenuButtonSet set) => Add(_menuButtons, set);

    public void RecordWebhookDelivery(WebhookDelivery delivery) => Add(_webhookDeliveries, delivery);

    public void CountTooManyRequests() => Interlocked.Increment(ref _tooManyRequests);

    private void Add<T>(ConcurrentQueue<T> queue, T item)
    {
        queue.Enqueue(item);
        Changed.Pulse();
    }
}
