namespace KhataBot.Core.Budgets;

/// <summary>An expense category a shop added for itself ("category add packaging").</summary>
public sealed class ShopCategory
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }
}
