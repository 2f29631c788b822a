namespace KhataBot.Telegram.StandIn.Limits;

/// <summary>Times of accepted sends within the last <c>length</c>; not thread-safe, the limiter locks around it.</summary>
internal sealed class SlidingWindow(TimeSpan length)
{
    private readonly Queue<DateTimeOffset> _accepted = new();

    /// <summary>How long until one more send fits under <paramref name="max"/>; zero if it fits now.</summary>
    public TimeSpan WaitNeeded(DateTimeOffset now, int max)
    {
        while (_accepted.TryPeek(out var oldest) && oldest <= now - length) _accepted.Dequeue();
        if (_accepted.Count < max) return TimeSpan.Zero;
        // The send that would leave the window first decides when there is room again.
        return _accepted.ElementAt(_accepted.Count - max) + length - now;
    }

    public void Add(DateTimeOffset now) => _accepted.Enqueue(now);
}
