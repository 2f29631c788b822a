namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>A marked span of a message's text, such as a /command.</summary>
/// <remarks>Offset and length count UTF-16 code units, the same units as a .NET string index, so
/// <c>text.Substring(Offset, Length)</c> is right even for Hindi text and emoji.</remarks>
public sealed record MessageEntity
{
    public const string BotCommand = "bot_command";

    /// <summary>e.g. "bot_command", "mention", "url".</summary>
    public string Type { get; init; } = "";

    public int Offset { get; init; }

    public int Length { get; init; }

    /// <summary>Set for "text_link" entities.</summary>
    public string? Url { get; init; }
}
