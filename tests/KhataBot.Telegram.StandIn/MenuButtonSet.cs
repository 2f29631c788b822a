using System.Text.Json.Nodes;

namespace KhataBot.Telegram.StandIn;

/// <summary>One setChatMenuButton call: for one private chat, or (ChatId null) the bot's default button.</summary>
public sealed record MenuButtonSet(long? ChatId, JsonObject MenuButton, DateTimeOffset At)
{
    public string Type => MenuButton["type"]!.GetValue<string>();

    /// <summary>The Mini App's address of a web_app button.</summary>
    public string? WebAppUrl => MenuButton["web_app"]?["url"]?.GetValue<string>();

    public string? Text => MenuButton["text"]?.GetValue<string>();
}
