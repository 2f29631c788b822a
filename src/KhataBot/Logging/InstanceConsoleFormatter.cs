using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace KhataBot.Logging;

/// <summary>
/// The console's usual two-line format with the instance's name (Instance:Name) on every line, so the logs
/// of several instances gathered in one place say which one wrote what:
/// <c>warn: [shop-bot-2] KhataBot.Core.KhataEngine[0]</c> then the message, indented. A formatter rather
/// than a logging scope: scopes do not reach the threads Kestrel and the hosted services start on their own.
/// </summary>
public sealed class InstanceConsoleFormatter(string instance) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "khata";

    private const string Indent = "      ";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": [");
        textWriter.Write(instance);
        textWriter.Write("] ");
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id);
        textWriter.WriteLine(']');
        if (!string.IsNullOrEmpty(message))
        {
            textWriter.Write(Indent);
            textWriter.WriteLine(message.ReplaceLineEndings(Environment.NewLine + Indent));
        }

        if (logEntry.Exception is { } exception)
        {
            textWriter.Write(Indent);
            textWriter.WriteLine(exception.ToString().ReplaceLineEndings(Environment.NewLine + Indent));
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
