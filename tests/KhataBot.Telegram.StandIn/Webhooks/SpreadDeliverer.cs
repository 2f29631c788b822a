using KhataBot.Telegram.StandIn.Recording;
using KhataBot.Telegram.StandIn.Updates;

namespace KhataBot.Telegram.StandIn.Webhooks;

/// <summary>Posts pending updates to several instances at once, as <see cref="WebhookSpread"/> describes.</summary>
internal sealed class SpreadDeliverer : IAsyncDisposable
{
    private readonly WebhookSpread _spread;
    private readonly string _path;
    private readonly string? _secretToken;
    private readonly UpdateQueue _updates;
    private readonly HttpClient _http;
    private readonly StandInOptions _options;
    private readonly Recorder _recorder;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private readonly HashSet<long> _out = [];
    private readonly List<Task> _posts = [];
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SpreadDeliverer(WebhookSpread spread, string path, string? secretToken, UpdateQueue updates, HttpClient http, StandInOptions options, Recorder recorder)
    {
        if (spread.Instances.Count == 0) throw new ArgumentException("A spread needs at least one instance.", nameof(spread));
        _spread = spread;
        _path = path;
        _secretToken = secretToken;
        _updates = updates;
        _http = http;
        _options = options;
        _recorder = recorder;
        _random = new Random(spread.Seed);
        _slots = new SemaphoreSlim(spread.Parallel, spread.Parallel);
        _loop = Task.Run(() => DeliverAsync(_stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        Task[] posts;
        lock (_gate) posts = [.. _posts];
        await Task.WhenAll(posts);
        _stop.Dispose();
    }

    private async Task DeliverAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await _slots.WaitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var changed = _updates.Changed.Next;
            QueuedUpdate? update;
            lock (_gate) update = _updates.NextForWebhook(u => _out.Contains(u.UpdateId));
            if (update is null)
            {
                _slots.Release();
                using var wake = CancellationTokenSource.CreateLinkedTokenSource(stop);
                wake.CancelAfter(TimeSpan.FromMilliseconds(50)); // an update that failed and was let go comes back
                await changed.WaitAsync(wake.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            lock (_gate)
            {
                _out.Add(update.UpdateId);
                _posts.RemoveAll(p => p.IsCompleted);
                _posts.Add(DeliverOneAsync(update, stop));
            }
        }
    }

    private async Task DeliverOneAsync(QueuedUpdate update, CancellationToken stop)
    {
        try
        {
            var pause = _options.WebhookFirstRetryDelay;
            var twice = Next() < _spread.TwiceShare && _spread.Instances.Count > 1;
            for (var attempt = 1; !stop.IsCancellationRequested; attempt++)
            {
                var targets = Targets(twice);
                twice = false; // a post again after a failure goes to one
                var results = await Task.WhenAll(targets.Select(target => WebhookPost.SendAsync(_http, target, update, _secretToken, _options.WebhookTimeout, stop)));
                if (stop.IsCancellationRequested) return;
                for (var i = 0; i < targets.Count; i++)
                {
                    _recorder.RecordWebhookDelivery(new WebhookDelivery(targets[i], update.UpdateId, attempt, results[i].StatusCode, results[i].Error, _options.Clock.GetUtcNow()));
                }

                if (results.Any(r => r.Error is null))
                {
                    _updates.ConfirmDelivered(update);
                    return;
                }

                await Task.Delay(pause, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                pause = WebhookPost.NextPause(pause, _options);
            }
        }
        finally
        {
            lock (_gate) _out.Remove(update.UpdateId);
            _slots.Release();
        }
    }

    private double Next()
    {
        lock (_random) return _random.NextDouble();
    }

    private List<Uri> Targets(bool twice)
    {
        var instances = _spread.Instances;
        lock (_random)
        {
            var first = _random.Next(instances.Count);
            var chosen = new List<Uri> { new(instances[first], _path) };
            if (twice)
            {
                var second = (first + 1 + _random.Next(instances.Count - 1)) % instances.Count;
                chosen.Add(new Uri(instances[second], _path));
            }

            return chosen;
        }
    }
}
