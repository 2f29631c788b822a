namespace KhataBot.Infrastructure.Telegram;

/// <summary>A chat Telegram will not deliver to (the user blocked the bot, the group is gone). Nothing more
/// is sent to it until it writes again.</summary>
public sealed class InactiveChat
{
    public long ChatId { get; set; }

    public DateTimeOffset Since { get; set; }

    public required string Reason { get; set; }
}
