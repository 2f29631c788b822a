namespace KhataBot.Telegram.StandIn.Recording;

internal static class Waiting
{
    private static readonly TimeSpan RecheckEvery = TimeSpan.FromMilliseconds(50);

    /// <summary>Polls <paramref name="probe"/> each time <paramref name="signal"/> pulses until it returns a value,
    /// or throws <see cref="TimeoutException"/> with <paramref name="describeShortfall"/>'s account of what did happen.</summary>
    public static async Task<T> UntilAsync<T>(AsyncSignal signal, Func<T?> probe, TimeSpan timeout, Func<string> describeShortfall)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var pulse = signal.Next;
            if (probe() is { } found) return found;
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero) throw new TimeoutException(describeShortfall());
            // Also look again now and then, for conditions that change without anything being recorded.
            await pulse.WaitAsync(remaining < RecheckEvery ? remaining : RecheckEvery).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
