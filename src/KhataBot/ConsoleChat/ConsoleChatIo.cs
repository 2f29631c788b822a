namespace KhataBot.ConsoleChat;

/// <summary>The console's streams, injectable so tests can drive the chat.</summary>
public sealed record ConsoleChatIo(TextReader Input, TextWriter Output, bool IsInteractive)
{
    public static ConsoleChatIo FromConsole() => new(Console.In, Console.Out, !Console.IsInputRedirected);
}
