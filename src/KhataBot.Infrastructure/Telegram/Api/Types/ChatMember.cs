namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>A user's standing in a chat; only the status is read, the rest of Telegram's six variants is ignored.</summary>
public sealed record ChatMember
{
    /// <summary>"creator", "administrator", "member", "restricted", "left" or "kicked".</summary>
    public string Status { get; init; } = "";

    public User User { get; init; } = new();
}
