namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>A Telegram user or bot: who sent a message or pressed a button.</summary>
public sealed record User
{
    /// <summary>Can exceed 32 bits.</summary>
    public long Id { get; init; }

    /// <summary>Missing in some real payloads (Telegram's own edited_message sample), so it defaults to false.</summary>
    public bool IsBot { get; init; }

    public string FirstName { get; init; } = "";

    public string? LastName { get; init; }

    public string? Username { get; init; }

    /// <summary>IETF tag of the user's app language, e.g. "en" or "hi"; a hint for the reply language.</summary>
    public string? LanguageCode { get; init; }
}
