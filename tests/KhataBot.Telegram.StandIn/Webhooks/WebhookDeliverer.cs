using KhataBot.Telegram.StandIn.Recording;
using KhataBot.Telegram.StandIn.Updates;

namespace KhataBot.Telegram.StandIn.Webhooks;

/// <summary>
/// Posts pending updates to one webhook URL, one at a time in update order, like Telegram: a 2xx confirms the update,
/// anything else (or no answer) is recorded as the webhook's last error and retried after a growing pause.
/// </summary>
internal sealed class WebhookDeliverer : IAsyncDisposable
{
    private readonly Uri _url;
    private readonly string? _secretToken;
    private readonly UpdateQueue _updates;
    private readonly HttpClient _http;
    private readonly StandInOptions _options;
    private readonly Recorder _recorder;
    private readonly Action<string> _reportError;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public WebhookDeliverer(Uri url, string? secretToken, UpdateQueue updates, HttpClient http, StandInOptions options, Recorder recorder, Action<string> reportError)
    {
        _url = url;
        _secretToken = secretToken;
        _updates = updates;
        _http = http;
        _options = options;
        _recorder = recorder;
        _reportError = reportError;
        _loop = Task.Run(() => DeliverAsync(_stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task DeliverAsync(CancellationToken stop)
    {
        var pause = _options.WebhookFirstRetryDelay;
        (long UpdateId, int Attempt) current = (0, 0);
        while (!stop.IsCancellationRequested)
        {
            var changed = _updates.Changed.Next;
            if (_updates.NextForWebhook() is not { } update)
            {
                await changed.WaitAsync(stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            current = current.UpdateId == update.UpdateId ? (update.UpdateId, current.Attempt + 1) : (update.UpdateId, 1);
            var (statusCode, error) = await WebhookPost.SendAsync(_http, _url, update, _secretToken, _options.WebhookTimeout, stop);
            if (stop.IsCancellationRequested) return; // cut off by deleteWebhook: the update stays pending
            _recorder.RecordWebhookDelivery(new WebhookDelivery(_url, update.UpdateId, current.Attempt, statusCode, error, _options.Clock.GetUtcNow()));

            if (error is null)
            {
                _updates.ConfirmDelivered(update);
                pause = _options.WebhookFirstRetryDelay;
                continue;
            }

            _reportError(error);
            await Task.Delay(pause, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            pause = WebhookPost.NextPause(pause, _options);
        }
    }
}
