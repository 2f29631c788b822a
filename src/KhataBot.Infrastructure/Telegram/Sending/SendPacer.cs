namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>
/// Keeps sending inside Telegram's limits: at most N messages in any one-second window overall (the way
/// Telegram counts, so a burst at a window's edge cannot double the rate), and about one a second per
/// chat with a short burst allowed. A chat told to wait (429 retry_after) waits alone; the others go on.
/// Thread-safe; time comes from <see cref="TimeProvider"/> so tests can move it.
/// </summary>
public sealed class SendPacer(TimeProvider time, int maxPerSecond, int chatBurst = 3)
{
    private volatile int _maxPerSecond = maxPerSecond;

    /// <summary>The overall limit; with several instances, this one's share of Telegram's (set by the sender).</summary>
    public int MaxPerSecond
    {
        get => _maxPerSecond;
        set => _maxPerSecond = Math.Max(1, value);
    }

    /// <summary>Sends are counted over a slightly longer window than Telegram's, so requests that arrive
    /// a little late or out of order still fit.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1050);

    private static readonly TimeSpan PerChatInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Dictionary<long, ChatAllowance> _chats = [];

    /// <summary>When the next message to <paramref name="chatId"/> may go, or null if it may go now (and is counted as sent).</summary>
    public TimeSpan? TryTake(long chatId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            while (_recent.Count > 0 && now - _recent.Peek() >= Window)
            {
                _recent.Dequeue();
            }

            var chat = _chats.TryGetValue(chatId, out var known) ? known : new ChatAllowance(chatBurst, now, null);
            chat = chat.Refilled(now, chatBurst);
            if (chat.NotBefore is { } notBefore && notBefore > now)
            {
                return notBefore - now;
            }

            if (chat.Tokens < 1)
            {
                return PerChatInterval * (1 - chat.Tokens);
            }

            if (_recent.Count >= _maxPerSecond)
            {
                return _recent.Peek() + Window - now;
            }

            _recent.Enqueue(now);
            _chats[chatId] = chat with { Tokens = chat.Tokens - 1, NotBefore = null };
            return null;
        }
    }

    /// <summary>Telegram said "retry after": nothing more goes to this chat until then.</summary>
    public void HoldChat(long chatId, TimeSpan delay)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var chat = _chats.TryGetValue(chatId, out var known) ? known : new ChatAllowance(chatBurst, now, null);
            _chats[chatId] = chat with { NotBefore = now + delay };
        }
    }

    /// <summary>Forgets chats that have been quiet long enough to have their full burst back.</summary>
    public void Trim()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var (chatId, chat) in _chats.ToList())
            {
                if (chat.Refilled(now, chatBurst).Tokens >= chatBurst && (chat.NotBefore is null || chat.NotBefore <= now))
                {
                    _chats.Remove(chatId);
                }
            }
        }
    }

    private sealed record ChatAllowance(double Tokens, DateTimeOffset At, DateTimeOffset? NotBefore)
    {
        public ChatAllowance Refilled(DateTimeOffset now, int burst) =>
            this with { Tokens = Math.Min(burst, Tokens + (now - At) / PerChatInterval), At = now };
    }
}
