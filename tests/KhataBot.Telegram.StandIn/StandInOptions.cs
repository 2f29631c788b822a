namespace KhataBot.Telegram.StandIn;

/// <summary>How a <see cref="BotApiStandIn"/> starts. The defaults suit fast tests: no rate limits, short webhook retries.</summary>
public sealed class StandInOptions
{
    /// <summary>The bot token the stand-in accepts; a fresh realistic one ("123456789:AA…") when null.</summary>
    public string? Token { get; init; }

    public string BotFirstName { get; init; } = "Khata Test Bot";

    public string BotUsername { get; init; } = "khata_test_bot";

    /// <summary>Telegram's flood limits; null leaves them off, as most tests want.</summary>
    public RateLimitOptions? RateLimit { get; init; }

    /// <summary>Telegram keeps a bare "&amp;" that starts no entity as text. We refuse it by default so a reply that
    /// forgot to escape user text fails here instead of showing a mangled "&amp;lt;" to a shopkeeper.</summary>
    public bool RejectUnescapedAmpersand { get; init; } = true;

    /// <summary>First wait before a failed webhook post is retried; it doubles up to <see cref="WebhookMaxRetryDelay"/>.
    /// Telegram waits far longer; tests want to see the retry.</summary>
    public TimeSpan WebhookFirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan WebhookMaxRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a webhook post may take before it counts as failed ("Read timeout expired").</summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Dates in messages and the rate-limit windows read this clock, so tests can move time by hand.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
