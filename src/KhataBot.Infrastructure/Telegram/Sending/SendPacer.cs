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
    /// <summary>Sends counted in the window: from the moment one starts, and once it is finished, from
    /// then. Telegram counts a send when it arrives, somewhere between the two; a send held up on the way
    /// (a slow machine, a busy network) would otherwise arrive in the next window with that window's own.</summary>
    private readonly List<Counted> _recent = [];
    private readonly Dictionary<long, ChatAllowance> _chats = [];

    /// <summary>When the next message to <paramref name="chatId"/> may go, or null if it may go now (and is counted as sent).</summary>
    public TimeSpan? TryTake(long chatId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _recent.RemoveAll(c => !c.InFlight && now - c.At >= Window);

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
                // Room comes when the oldest finished one leaves the window (or, all on the way, soon).
                var finished = _recent.Where(c => !c.InFlight).Select(c => c.At).DefaultIfEmpty(now + InFlightRecheck - Window).Min();
                return finished + Window - now;
            }

            _recent.Add(new Counted(now));
            _chats[chatId] = chat with { Tokens = chat.Tokens - 1, NotBefore = null };
            return null;
        }
    }

    /// <summary>The oldest send on its way is finished (Telegram answered, or it failed): it counts from now.</summary>
    public void Finished()
    {
        lock (_gate)
        {
            if (_recent.FirstOrDefault(c => c.InFlight) is { } oldest)
            {
                oldest.At = time.GetUtcNow();
                oldest.InFlight = false;
            }
        }
    }

    private static readonly TimeSpan InFlightRecheck = TimeSpan.FromMilliseconds(10);

    private sealed class Counted(DateTimeOffset at)
    {
        public DateTimeOffset At { get; set; } = at;

        public bool InFlight { get; set; } = true;
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
