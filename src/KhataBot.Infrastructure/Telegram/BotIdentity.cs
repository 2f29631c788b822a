using KhataBot.Core.Abstractions;

namespace KhataBot.Infrastructure.Telegram;

/// <summary>The bot's own username (from getMe), which its deep links need: t.me/&lt;bot&gt;?start=payload.</summary>
public sealed class BotIdentity : IStartLinks
{
    public string? Username { get; set; }

    public string LinkFor(string payload) =>
        Username is { } name ? $"https://t.me/{name}?start={payload}" : $"Open the bot and send: /start {payload}";
}
