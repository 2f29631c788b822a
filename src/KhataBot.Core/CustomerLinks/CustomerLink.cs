namespace KhataBot.Core.CustomerLinks;

/// <summary>
/// A customer's own view of one shop's khata: made by "link Ramesh" as a link the shopkeeper forwards,
/// and tied to the chat that opens it. That chat may read this one customer's balance and history at
/// this one shop, and gets polite reminders of his dues; nothing else. A chat may hold links to
/// customers of several shops.
/// </summary>
public sealed class CustomerLink
{
    /// <summary>How long a forwarded link can wait to be opened: long enough for a customer who reads
    /// messages once a week, short enough that an old forward lying around opens nothing.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    /// <summary>The start payload is "c_" and the token: short, so the payload stays within Telegram's 64 characters.</summary>
    public const string PayloadPrefix = "c_";

    public long Id { get; set; }

    public long ShopId { get; set; }

    public long CustomerId { get; set; }

    /// <summary>128 random bits, base64url: unguessable, and opened once.</summary>
    public required string Token { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The customer's chat, once he opened the link.</summary>
    public long? ChatId { get; set; }

    public long? UserId { get; set; }

    public DateTimeOffset? LinkedAt { get; set; }

    /// <summary>Set when the link is taken back (undo of "link Ramesh"); the row stays for the record.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
