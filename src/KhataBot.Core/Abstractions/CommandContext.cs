using KhataBot.Core.Shops;

namespace KhataBot.Core.Abstractions;

/// <summary>Where and when a command runs: the chat's own shop, who sent it, and the shop's clock.</summary>
public sealed record CommandContext(Shop Shop, string By, DateOnly Today, DateTimeOffset Now)
{
    /// <summary>The sender's user id on the transport; null for the console chat's owner.</summary>
    public long? ByUserId { get; init; }

    public Role Role { get; init; } = Role.Owner;

    /// <summary>The message came from a group chat (where Telegram allows no Mini App buttons).</summary>
    public bool InGroup { get; init; }
}
