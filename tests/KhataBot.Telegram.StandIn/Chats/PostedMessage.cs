using KhataBot.Telegram.StandIn.Formatting;

namespace KhataBot.Telegram.StandIn.Chats;

/// <summary>A message the bot sent, as it stands now. Changed only under its chat's lock.</summary>
internal sealed class PostedMessage(long messageId, OutgoingPart part, ReplyMarkup? markup, long date, string? mediaGroupId)
{
    public long MessageId { get; } = messageId;

    public SentKind Kind { get; } = part.Kind;

    /// <summary>The text, or the caption of a photo or document.</summary>
    public FormattedText Content { get; set; } = part.Content;

    public SentFile? File { get; } = part.File;

    public ReplyMarkup? Markup { get; set; } = markup;

    public long Date { get; } = date;

    public long? EditDate { get; set; }

    public string? MediaGroupId { get; } = mediaGroupId;
}
