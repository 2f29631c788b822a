namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>A change of someone's membership in a chat; for the bot itself it says it was blocked or unblocked.</summary>
public sealed record ChatMemberUpdated
{
    public Chat Chat { get; init; } = new();

    public User From { get; init; } = new();

    public long Date { get; init; }

    public ChatMember OldChatMember { get; init; } = new();

    public ChatMember NewChatMember { get; init; } = new();
}
