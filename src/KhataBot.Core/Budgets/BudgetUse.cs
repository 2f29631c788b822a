using KhataBot.Core.Money;

namespace KhataBot.Core.Budgets;

/// <summary>How much of a budget was used, said the same way by "budgets" and by reports.</summary>
public sealed record BudgetUse(string Category, long SpentPaise, long LimitPaise)
{
    /// <summary>Whole percent of the limit spent (can pass 100).</summary>
    public int Percent => LimitPaise <= 0 ? 0 : (int)Math.Round(SpentPaise * 100m / LimitPaise, MidpointRounding.AwayFromZero);

    public bool IsOver => SpentPaise > LimitPaise;

    /// <summary>"food: ₹3,200 of ₹5,000 (64%), ₹1,800 left" or "rent: ₹12,000 of ₹10,000 (120%), ₹2,000 over".</summary>
    public string Describe() =>
        $"{Category}: {IndianMoney.FormatPaise(SpentPaise)} of {IndianMoney.FormatPaise(LimitPaise)} ({Percent}%), "
        + (IsOver
            ? $"{IndianMoney.FormatPaise(SpentPaise - LimitPaise)} over"
            : $"{IndianMoney.FormatPaise(LimitPaise - SpentPaise)} left");
}
