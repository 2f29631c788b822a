namespace KhataBot.Infrastructure.Telegram;

/// <summary>When Telegram last answered us (a poll, a send) or reached us (a webhook call), for /healthz.</summary>
public sealed class TelegramHealth(TimeProvider time)
{
    private long _lastContactTicks;

    public DateTimeOffset? LastContact
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastContactTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public void Contacted() => Interlocked.Exchange(ref _lastContactTicks, time.GetUtcNow().UtcTicks);
}
