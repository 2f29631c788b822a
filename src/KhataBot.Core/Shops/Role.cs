namespace KhataBot.Core.Shops;

/// <summary>What a person may do in a shop's book.</summary>
public enum Role
{
    /// <summary>Everything, including deleting, budgets, exports and managing staff.</summary>
    Owner,

    /// <summary>Adds entries, payments and expenses, sees balances and reports; fixes only their own entries.</summary>
    Staff,
}
