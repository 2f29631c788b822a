using KhataBot.Core;
using KhataBot.Core.Abstractions;
using Microsoft.Extensions.Options;

namespace KhataBot.ConsoleChat;

/// <summary>
/// The chat without a messenger: one message per line in, the bot's reply out. Works interactively and
/// with piped input, and stops the host at the end of input.
/// </summary>
internal sealed class ConsoleChatService(
    KhataEngine engine,
    ReplyFileWriter files,
    IOptions<ConsoleChatOptions> options,
    IHostApplicationLifetime lifetime,
    ConsoleChatIo io) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and its start-up logs go out) before the first prompt.
        await Task.Yield();
        var settings = options.Value;
        if (io.IsInteractive)
        {
            await io.Output.WriteLineAsync("KhataBot console chat. Type 'help' for examples, 'exit' (or Ctrl+D) to leave.");
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            if (io.IsInteractive)
            {
                await io.Output.WriteAsync("> ");
            }

            var line = await io.Input.ReadLineAsync(stoppingToken);
            if (line is null || IsGoodbye(line))
            {
                break;
            }

            var reply = await engine.HandleAsync(new IncomingMessage(settings.ChatId, settings.UserName, line), stoppingToken);
            await io.Output.WriteLineAsync(reply.Text);
            foreach (var path in await files.WriteAsync(reply.Files, stoppingToken))
            {
                await io.Output.WriteLineAsync($"File: {path}");
            }

            await io.Output.WriteLineAsync();
            await io.Output.FlushAsync(stoppingToken);
        }

        lifetime.StopApplication();
    }

    /// <summary>What people type to leave a chat program; none of it means anything to the book.</summary>
    private static bool IsGoodbye(string line) =>
        line.Trim().ToLowerInvariant() is "exit" or "quit" or "bye" or "/exit" or "/quit";
}
