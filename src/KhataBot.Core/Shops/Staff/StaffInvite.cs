namespace KhataBot.Core.Shops.Staff;

/// <summary>A single-use invitation to work in a shop's book, valid for a day.</summary>
public sealed class StaffInvite
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(24);

    public const string PayloadPrefix = "staff_";

    public long Id { get; set; }

    public long ShopId { get; set; }

    /// <summary>Random and unguessable; the link carries it.</summary>
    public required string Token { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public long? UsedByUserId { get; set; }
}
