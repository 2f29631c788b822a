namespace KhataBot.Core.Budgets;

/// <summary>
/// A budget alert that went out: one row per shop, category, month and threshold (80 or 100 percent).
/// Its key is unique, so each threshold alerts once a month, with the expense that crossed it.
/// </summary>
public sealed class BudgetAlert
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    public required string Category { get; set; }

    /// <summary>The first day of the expense's month in the shop's calendar.</summary>
    public DateOnly Month { get; set; }

    /// <summary>Percent of the budget: <see cref="BudgetAlerts.Warn"/> or <see cref="BudgetAlerts.Over"/>.</summary>
    public int Threshold { get; set; }

    public DateTimeOffset At { get; set; }
}
