namespace KhataBot.Telegram.StandIn.Updates;

/// <summary>One waiting getUpdates call; a newer call terminates it, as Telegram does with two bot instances.</summary>
internal sealed class PollTicket : IDisposable
{
    private readonly CancellationTokenSource _terminated = new();

    public bool IsTerminated => _terminated.IsCancellationRequested;

    public CancellationToken Terminated => _terminated.Token;

    public void Terminate() => _terminated.Cancel();

    public void Dispose() => _terminated.Dispose();
}
