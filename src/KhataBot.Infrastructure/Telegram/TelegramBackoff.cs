namespace KhataBot.Infrastructure.Telegram;

/// <summary>How long to wait before trying Telegram again: 1 s, 2 s, 4 s ... up to 30 s, so an outage is
/// neither hammered nor waited out for long once it is over.</summary>
internal sealed class TelegramBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    private TimeSpan _next = First;

    /// <summary>The wait before the next try; each call doubles the one after.</summary>
    public TimeSpan Next()
    {
        var wait = _next;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, Longest.Ticks));
        return wait;
    }

    public void Reset() => _next = First;
}
