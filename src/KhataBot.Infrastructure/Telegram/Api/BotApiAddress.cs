using System.Text.RegularExpressions;

namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>Builds <c>{ApiBaseUrl}/bot{token}/</c>, the base every method name is resolved against.</summary>
internal static partial class BotApiAddress
{
    public static Uri For(TelegramOptions options)
    {
        var token = options.BotToken?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            throw new InvalidOperationException("Telegram:BotToken is not set, so the Bot API cannot be called.");
        }
        // Checked so that a pasted token with a space or slash cannot make a URL that fails to parse
        // (such errors may quote the URL, and with it the token).
        if (!TokenShape().IsMatch(token))
        {
            throw new InvalidOperationException("Telegram:BotToken is not in the form @BotFather gives (digits, a colon, then letters, digits, _ or -).");
        }
        // Method names are relative, so the base must end in "/"; a self-hosted server may sit under a
        // path prefix given with or without its trailing slash.
        return new Uri($"{options.ApiBaseUrl.AbsoluteUri.TrimEnd('/')}/bot{token}/");
    }

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();
}
