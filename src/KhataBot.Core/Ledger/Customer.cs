namespace KhataBot.Core.Ledger;

public sealed class Customer
{
    public const int MaxNameLength = 60;

    public long Id { get; set; }

    public long ShopId { get; set; }

    public required string Name { get; set; }

    /// <summary>The name folded for matching: names are unique per shop, case-insensitively.</summary>
    public required string NameKey { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    /// <summary>What the customer owes now, in paise (negative: an advance). Kept in step with the live
    /// entries in the same transaction as every change, so balances and reports need not add up all rows.</summary>
    public long BalancePaise { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the change that created the customer is undone; the row stays for the audit trail.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    public static string KeyFor(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
