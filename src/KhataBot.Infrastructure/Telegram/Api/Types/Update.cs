namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>One thing that happened to the bot, from getUpdates or a webhook; exactly one of the optional
/// parts is set, and the ones this bot does not ask for are simply never filled.</summary>
public sealed record Update
{
    /// <summary>Increases by one per update; the next getUpdates offset is the last one plus one.</summary>
    public long UpdateId { get; init; }

    public Message? Message { get; init; }

    public Message? EditedMessage { get; init; }

    public Message? ChannelPost { get; init; }

    public CallbackQuery? CallbackQuery { get; init; }

    /// <summary>The bot's own membership changed, e.g. a user blocked it (status "kicked").</summary>
    public ChatMemberUpdated? MyChatMember { get; init; }
}
