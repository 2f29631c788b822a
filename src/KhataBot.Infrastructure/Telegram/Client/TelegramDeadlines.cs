namespace KhataBot.Infrastructure.Telegram.Client;

/// <summary>Gives each Bot API call a deadline by its method (the last segment of the URL), so a stuck
/// connection fails as a network error that the caller backs off from, instead of hanging a sender.</summary>
internal sealed class TelegramDeadlines(TelegramOptions options, TelegramTimeouts timeouts) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri?.Segments[^1] ?? "";
        var deadline = method switch
        {
            "getUpdates" => TimeSpan.FromSeconds(options.PollTimeoutSeconds) + timeouts.LongPollGrace,
            "sendPhoto" or "sendDocument" or "sendMediaGroup" => timeouts.Upload,
            _ => timeouts.Call,
        };
        using var deadlineSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadlineSource.CancelAfter(deadline);
        try
        {
            return await base.SendAsync(request, deadlineSource.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Names the method only: the URL holds the token.
            throw new TimeoutException($"Telegram gave no answer to {method} within {deadline.TotalSeconds:0.#} s", ex);
        }
    }
}
