namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>A chat message as Telegram reports it, in an update or as the result of a send.</summary>
public sealed record Message
{
    public long MessageId { get; init; }

    /// <summary>Empty for messages sent on behalf of a channel.</summary>
    public User? From { get; init; }

    public Chat Chat { get; init; } = new();

    /// <summary>Unix time in seconds.</summary>
    public long Date { get; init; }

    /// <summary>Unix time in seconds; set only on edited messages.</summary>
    public long? EditDate { get; init; }

    public string? Text { get; init; }

    public string? Caption { get; init; }

    /// <summary>Commands, mentions and links in <see cref="Text"/>.</summary>
    public IReadOnlyList<MessageEntity>? Entities { get; init; }

    public IReadOnlyList<MessageEntity>? CaptionEntities { get; init; }

    public Message? ReplyToMessage { get; init; }

    /// <summary>Only inline keyboards come back attached to messages.</summary>
    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    /// <summary>The same photo in several sizes, smallest first.</summary>
    public IReadOnlyList<PhotoSize>? Photo { get; init; }

    public Document? Document { get; init; }
}
