using System.Text.Json.Nodes;

namespace KhataBot.Telegram.StandIn;

/// <summary>One successful send call as the stand-in accepted it. A media group is one <see cref="SentMessage"/>
/// holding all its files and all the message ids Telegram would have created.</summary>
public sealed record SentMessage
{
    public required long MessageId { get; init; }

    public required long ChatId { get; init; }

    public required SentKind Kind { get; init; }

    /// <summary>The text or caption exactly as the bot sent it (HTML and all); for a media group the first caption.</summary>
    public required string? Text { get; init; }

    /// <summary>What the user sees: <see cref="Text"/> after entity parsing and trimming.</summary>
    public required string PlainText { get; init; }

    public required string? ParseMode { get; init; }

    /// <summary>The reply_markup as sent, or null.</summary>
    public required JsonNode? ReplyMarkup { get; init; }

    public required IReadOnlyList<SentFile> Files { get; init; }

    /// <summary>Every message id created: one, or one per media group item.</summary>
    public required IReadOnlyList<long> MessageIds { get; init; }

    public required DateTimeOffset At { get; init; }

    public override string ToString() => $"#{MessageId} to {ChatId} {Kind} \"{PlainText}\"";
}
