namespace KhataBot.Core.Budgets;

/// <summary>A monthly spending limit for one expense category.</summary>
public sealed class Budget
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    public required string Category { get; set; }

    public long AmountPaise { get; set; }
}
