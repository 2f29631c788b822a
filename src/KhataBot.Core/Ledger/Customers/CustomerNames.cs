using System.Globalization;

namespace KhataBot.Core.Ledger.Customers;

/// <summary>How a typed name is kept: single spaces, and "ramesh kumar" written as "Ramesh Kumar" (a name
/// typed with any capital is kept exactly as typed; scripts without case, like Devanagari, are untouched).</summary>
public static class CustomerNames
{
    public static string Clean(string typed)
    {
        // Control characters (a pasted tab, a stray NUL) become spaces: they are invisible in a chat and
        // would make two names that look the same into two customers.
        var visible = new string(typed.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        var name = string.Join(' ', visible.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return name.Any(char.IsUpper) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name);
    }

    /// <summary>The matching key of a typed name, cleaned the same way as a stored one.</summary>
    public static string KeyOf(string typed) => Customer.KeyFor(Clean(typed));
}
