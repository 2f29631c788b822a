namespace KhataBot.Core.Shops.Staff;

/// <summary>Someone who works in a shop's book from their own chat, having opened the owner's invite link.
/// Removing them keeps the row (who worked when stays known).</summary>
public sealed class StaffMember
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    public long UserId { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }
}
