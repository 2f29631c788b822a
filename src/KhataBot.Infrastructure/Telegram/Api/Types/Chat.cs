namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>Where a message was sent: a private chat with one user, a group, or a channel.</summary>
public sealed record Chat
{
    public const string Private = "private";
    public const string Group = "group";
    public const string Supergroup = "supergroup";
    public const string Channel = "channel";

    /// <summary>Can exceed 32 bits; negative for groups and channels.</summary>
    public long Id { get; init; }

    /// <summary>One of <see cref="Private"/>, <see cref="Group"/>, <see cref="Supergroup"/>, <see cref="Channel"/>;
    /// a string so that a kind Telegram adds later does not break reading the update.</summary>
    public string Type { get; init; } = "";

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }
}
