namespace KhataBot.Core.Budgets;

/// <summary>A budget as the audit trail keeps it, before or after "budget.set".</summary>
public sealed record BudgetSnapshot(string Category, long AmountPaise);
