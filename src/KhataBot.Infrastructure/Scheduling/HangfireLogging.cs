using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// Hangfire's logs into the host's logging. Hangfire keeps one log provider for the whole process and asks
/// it for a logger whenever it makes a filter, so a provider bound to a host that has since been disposed
/// (one test's host, while the next runs) would throw from every job. This one makes its loggers on first
/// use and drops a line, rather than failing the job, once its host's logging is gone.
/// </summary>
internal sealed class HangfireLogging(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new ForwardedLog(factory, name);

    private sealed class ForwardedLog(ILoggerFactory factory, string name) : ILog
    {
        private ILog? _inner;

        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return (_inner ??= new Hangfire.AspNetCore.AspNetCoreLogProvider(factory).GetLogger(name)).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
