namespace KhataBot.Core.Budgets;

public static class Categories
{
    public static readonly IReadOnlyList<string> BuiltIn = ["food", "transport", "bills", "rent", "salary", "stock", "others"];

    public const string Fallback = "others";
}
