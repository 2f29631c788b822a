using KhataBot.Infrastructure.Instances;
using KhataBot.Logging;
using Microsoft.Extensions.Logging.Console;

namespace KhataBot;

public static class HostingExtensions
{
    /// <summary>Logs go to standard error, so standard output carries only the chat; every line names the
    /// instance (Instance:Name).</summary>
    public static IHostApplicationBuilder AddKhataLogging(this IHostApplicationBuilder builder)
    {
        var instance = builder.Configuration.InstanceName();
        builder.Logging.AddConsole(options => options.FormatterName = InstanceConsoleFormatter.FormatterName);
        // The console logger picks its formatter by name from every ConsoleFormatter registered.
        builder.Services.AddSingleton<ConsoleFormatter>(new InstanceConsoleFormatter(instance));
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }
}
