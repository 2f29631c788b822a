using System.Globalization;

namespace KhataBot.Integration.Tests.Support;

/// <summary>
/// Many customer names for load tests that the bot will never take for slips of each other: a credit for a
/// name one letter off (or one swap off) a customer's asks "New customer X, or Y?" instead of booking. Each
/// digit of the number becomes a pair of letters used by no other pair (ab, cd, ef, ...), so any two names
/// differ in at least two letters, even with a swap, and are all the same length.
/// </summary>
internal static class DistinctNames
{
    private static readonly string[] Pairs = ["ab", "cd", "ef", "gh", "ij", "kl", "mn", "op", "qr", "st"];

    /// <summary>A letters-only name for 0-999 (digits in a name would read as an amount).</summary>
    public static string For(int n)
    {
        var name = string.Concat(n.ToString("000", CultureInfo.InvariantCulture).Select(digit => Pairs[digit - '0']));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
