namespace KhataBot.Telegram.StandIn.Recording;

/// <summary>
/// Wakes everyone waiting when something changes. Take <see cref="Next"/> before looking at the state it guards, then
/// await it: a pulse between the look and the await is not lost.
/// </summary>
internal sealed class AsyncSignal
{
    private TaskCompletionSource _next = New();

    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() => Interlocked.Exchange(ref _next, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
