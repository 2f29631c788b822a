namespace KhataBot.Core.Budgets;

/// <summary>A shop category as the audit trail keeps it for "category.add". Names are unique per shop,
/// so the name finds the row again.</summary>
public sealed record CategorySnapshot(string Name, DateTimeOffset? RemovedAt);
