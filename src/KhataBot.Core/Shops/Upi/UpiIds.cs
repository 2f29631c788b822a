using System.Text.RegularExpressions;

namespace KhataBot.Core.Shops.Upi;

/// <summary>
/// UPI IDs (virtual payment addresses) as NPCI defines them: a handle, "@", and the bank's or app's
/// name: "sharma.store@okhdfcbank", "9876543210@ybl". Case does not matter to UPI; they are kept in lower case.
/// </summary>
public static partial class UpiIds
{
    public const int MaxLength = 100;

    /// <summary>The ID in its kept form, or null if it is not one.</summary>
    public static string? Normalize(string typed)
    {
        var id = typed.Trim().ToLowerInvariant();
        return id.Length <= MaxLength && Form().IsMatch(id) ? id : null;
    }

    // A handle of letters, digits, dots, hyphens and underscores (2 or more, starting with a letter or
    // digit), then the provider: letters first, then letters or digits.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{1,}@[a-z][a-z0-9]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
