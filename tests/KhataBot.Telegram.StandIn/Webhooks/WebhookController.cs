using KhataBot.Telegram.StandIn.Recording;
using KhataBot.Telegram.StandIn.Updates;

namespace KhataBot.Telegram.StandIn.Webhooks;

/// <summary>setWebhook/deleteWebhook: at most one webhook, and while it is set getUpdates is refused.</summary>
internal sealed class WebhookController(UpdateQueue updates, StandInOptions options, Recorder recorder) : IAsyncDisposable
{
    private readonly SemaphoreSlim _changing = new(1, 1);
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) });
    private WebhookDeliverer? _deliverer;
    private volatile WebhookState _state = WebhookState.None;

    public WebhookState State => _state;

    /// <summary>False when the same URL and secret were already set.</summary>
    public async Task<bool> SetAsync(Uri url, string? secretToken, bool dropPendingUpdates)
    {
        await _changing.WaitAsync();
        try
        {
            if (dropPendingUpdates) updates.DropPending();
            if (_state.Url == url && _state.SecretToken == secretToken) return false;
            await StopDeliveringAsync();
            _state = new WebhookState(url, secretToken, null, null);
            updates.SetWebhookActive(true);
            _deliverer = new WebhookDeliverer(url, secretToken, updates, _http, options, recorder, error => ReportError(url, error));
            return true;
        }
        finally
        {
            _changing.Release();
        }
    }

    /// <summary>False when no webhook was set.</summary>
    public async Task<bool> DeleteAsync(bool dropPendingUpdates)
    {
        await _changing.WaitAsync();
        try
        {
            if (dropPendingUpdates) updates.DropPending();
            if (_state.Url is null) return false;
            await StopDeliveringAsync();
            _state = WebhookState.None;
            updates.SetWebhookActive(false);
            return true;
        }
        finally
        {
            _changing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopDeliveringAsync();
        _http.Dispose();
        _changing.Dispose();
    }

    private void ReportError(Uri url, string message)
    {
        var state = _state;
        // A deliverer being stopped may still report; its error does not belong to the next webhook.
        if (state.Url == url) _state = state with { LastErrorAt = options.Clock.GetUtcNow(), LastErrorMessage = message };
    }

    private async Task StopDeliveringAsync()
    {
        if (_deliverer is null) return;
        await _deliverer.DisposeAsync();
        _deliverer = null;
    }
}
