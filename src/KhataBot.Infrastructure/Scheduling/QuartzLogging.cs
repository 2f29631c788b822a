using Microsoft.Extensions.Logging;
using Quartz.Logging;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// Quartz logs through one logger factory for the whole process (LogContext), but logger factories belong
/// to hosts, and hosts come and go (tests run many in one process). Quartz is given a forwarder once: it
/// writes to the logging of the latest scheduler while that lives, and nowhere after, so a disposed
/// host's factory can never throw inside another scheduler's firing loop.
/// </summary>
internal static class QuartzLogging
{
    private static readonly Forwarder Current = new();
    private static int _installed;

    /// <summary>Sends Quartz's logs to <paramref name="loggers"/> until the result is disposed.</summary>
    public static IDisposable Use(ILoggerFactory loggers)
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            LogContext.SetCurrentLogProvider(Current);
        }

        Current.Target = loggers;
        return new Release(loggers);
    }

    private sealed class Release(ILoggerFactory loggers) : IDisposable
    {
        public void Dispose() => Interlocked.CompareExchange(ref Current.Target, null, loggers);
    }

    private sealed class Forwarder : ILoggerFactory
    {
        public ILoggerFactory? Target;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException("Quartz's logs follow the host's logging.");

        public void Dispose()
        {
        }

        private sealed class Logger(Forwarder forwarder, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => Target()?.BeginScope(state);

            public bool IsEnabled(LogLevel logLevel) => Target()?.IsEnabled(logLevel) ?? false;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                Target()?.Log(logLevel, eventId, state, exception, formatter);

            private ILogger? Target()
            {
                try
                {
                    return Volatile.Read(ref forwarder.Target)?.CreateLogger(category);
                }
                catch (ObjectDisposedException)
                {
                    return null;
                }
            }
        }
    }
}
