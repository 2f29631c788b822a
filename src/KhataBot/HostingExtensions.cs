using Microsoft.Extensions.Logging.Console;

namespace KhataBot;

public static class HostingExtensions
{
    /// <summary>Logs go to standard error, so standard output carries only the chat.</summary>
    public static IHostApplicationBuilder AddKhataLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.Configure(_ => { });
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }
}
