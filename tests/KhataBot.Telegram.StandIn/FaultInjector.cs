using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn;

/// <summary>Failures on demand, to show how the bot copes with a Telegram that has a bad moment.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<int>> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _drops = new(StringComparer.OrdinalIgnoreCase);

    // Read without the lock so the common case, nothing armed, costs one volatile read per request.
    private volatile int _armed;

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail with <paramref name="statusCode"/>
    /// and an error envelope (502 "Bad Gateway", 500 "Internal Server Error", 429 with retry_after 1, …), before any checks.</summary>
    public void FailNext(string method, int statusCode = 502, int times = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            if (!_failures.TryGetValue(method, out var queue)) _failures[method] = queue = new Queue<int>();
            for (var i = 0; i < times; i++) queue.Enqueue(statusCode);
            _armed += times;
        }
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> lose their connection before
    /// Telegram acts on them: the caller sees a network error and no answer, and nothing was sent.</summary>
    public void DropNext(string method, int times = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _drops[method] = _drops.GetValueOrDefault(method) + times;
            _armed += times;
        }
    }

    /// <summary>Disarms every failure not yet used.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _failures.Clear();
            _drops.Clear();
            _armed = 0;
        }
    }

    internal bool TakeDrop(string method)
    {
        if (_armed == 0) return false;
        lock (_gate)
        {
            var left = _drops.GetValueOrDefault(method);
            if (left == 0) return false;
            _drops[method] = left - 1;
            _armed--;
            return true;
        }
    }

    internal ApiReply? TakeFailure(string method)
    {
        if (_armed == 0) return null;
        lock (_gate)
        {
            if (!_failures.TryGetValue(method, out var queue) || !queue.TryDequeue(out var statusCode)) return null;
            _armed--;
            return statusCode == 429
                ? ApiReply.Error(429, "Too Many Requests: retry after 1", retryAfter: 1)
                : ApiReply.Error(statusCode, ReasonFor(statusCode));
        }
    }

    private static string ReasonFor(int statusCode) => statusCode switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode),
    };
}
