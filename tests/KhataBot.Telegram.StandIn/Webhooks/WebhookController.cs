using KhataBot.Telegram.StandIn.Recording;
using KhataBot.Telegram.StandIn.Updates;

namespace KhataBot.Telegram.StandIn.Webhooks;

/// <summary>setWebhook/deleteWebhook: at most one webhook, and while it is set getUpdates is refused.</summary>
internal sealed class WebhookController(UpdateQueue updates, StandInOptions options, Recorder recorder) : IAsyncDisposable
{
    private readonly SemaphoreSlim _changing = new(1, 1);
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) });
    private IAsyncDisposable? _deliverer;
    private bool _spreading;
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
            if (_spreading && _state.Url?.PathAndQuery == url.PathAndQuery && _state.SecretToken == secretToken)
            {
                // Another instance of the same bot: the spread posts to all of them already.
                _state = _state with { Url = url };
                return true;
            }

            await StopDeliveringAsync();
            _spreading = false;
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

    /// <summary>From now on posts go to several instances (<see cref="WebhookSpread"/>), on the path and with
    /// the secret of the webhook set last.</summary>
    public async Task SpreadAsync(WebhookSpread spread)
    {
        await _changing.WaitAsync();
        try
        {
            if (_state.Url is not { } url) throw new InvalidOperationException("Set a webhook before spreading it.");
            await StopDeliveringAsync();
            _deliverer = new SpreadDeliverer(spread, url.PathAndQuery, _state.SecretToken, updates, _http, options, recorder);
            _spreading = true;
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
            _spreading = false;
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
