using KhataBot.Telegram.StandIn.Http;
using KhataBot.Telegram.StandIn.Recording;

namespace KhataBot.Telegram.StandIn.Limits;

/// <summary>
/// Telegram's flood control over sends and edits: refused sends do not count against the windows, and retry_after is the
/// whole number of seconds until the fullest window has room again (at least 1, as Telegram never says 0).
/// </summary>
internal sealed class SendRateLimiter(TimeProvider clock, Recorder recorder, RateLimitOptions? limits)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly SlidingWindow _overall = new(Second);
    private readonly Dictionary<long, SlidingWindow> _perChat = [];
    private readonly Dictionary<long, SlidingWindow> _perGroup = [];
    private volatile RateLimitOptions? _limits = limits;

    public RateLimitOptions? Limits { get => _limits; set => _limits = value; }

    public void Admit(long chatId)
    {
        var limits = _limits;
        if (limits is null) return;
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var wait = _overall.WaitNeeded(now, limits.MaxPerSecondOverall);
            if (limits.MaxPerSecondPerChat is { } perChat) wait = Max(wait, Window(_perChat, chatId, Second).WaitNeeded(now, perChat));
            if (chatId < 0 && limits.MaxPerMinutePerGroup is { } perGroup) wait = Max(wait, Window(_perGroup, chatId, Minute).WaitNeeded(now, perGroup));
            if (wait > TimeSpan.Zero)
            {
                recorder.CountTooManyRequests();
                throw BotApiException.TooManyRequests(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }

            _overall.Add(now);
            if (limits.MaxPerSecondPerChat is not null) Window(_perChat, chatId, Second).Add(now);
            if (chatId < 0 && limits.MaxPerMinutePerGroup is not null) Window(_perGroup, chatId, Minute).Add(now);
        }
    }

    private static SlidingWindow Window(Dictionary<long, SlidingWindow> windows, long chatId, TimeSpan length)
    {
        if (!windows.TryGetValue(chatId, out var window)) windows[chatId] = window = new SlidingWindow(length);
        return window;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
