using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;

namespace KhataBot.Cli;

/// <summary>
/// <c>parse [--today yyyy-MM-dd] "message"</c> prints one JSON line for what the bot understood, touching
/// no book. With <c>-</c> for the message it reads one message per line from standard input.
/// </summary>
public static class ParseCommand
{
    private const string Usage = "Usage: KhataBot parse [--today yyyy-MM-dd] \"message\" | -";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "parse";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        var today = TodayInIndia();
        string? message = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--today" && i + 1 < args.Length)
            {
                if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", out today))
                {
                    await Console.Error.WriteLineAsync($"--today must be yyyy-MM-dd, not '{args[i]}'. {Usage}");
                    return 2;
                }
            }
            else if (message is null)
            {
                message = args[i];
            }
            else
            {
                await Console.Error.WriteLineAsync(Usage);
                return 2;
            }
        }

        if (message is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var context = ParseContext.For(today);
        if (message != "-")
        {
            await output.WriteLineAsync(CommandJson.ToJson(MessageParser.Parse(message, context)));
            return 0;
        }

        while (await input.ReadLineAsync() is { } line)
        {
            await output.WriteLineAsync(CommandJson.ToJson(MessageParser.Parse(line, context)));
        }

        return 0;
    }

    private static DateOnly TodayInIndia() => ShopClock.Today(new Shop(), DateTimeOffset.UtcNow);
}
