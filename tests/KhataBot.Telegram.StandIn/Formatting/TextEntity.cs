namespace KhataBot.Telegram.StandIn.Formatting;

/// <summary>A MessageEntity; offsets and lengths in UTF-16 code units, as Telegram counts them.</summary>
internal sealed record TextEntity(string Type, int Offset, int Length)
{
    public string? Url { get; init; }

    public string? Language { get; init; }

    public long? UserId { get; init; }

    public string? CustomEmojiId { get; init; }
}
