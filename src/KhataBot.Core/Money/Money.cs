namespace KhataBot.Core.Money;

/// <summary>
/// Money is decimal rupees in the domain and whole paise (a long) in the database, so that SQLite sums
/// exactly and in SQL. See docs/decisions/0003-money-as-paise.md.
/// </summary>
public static class Money
{
    public const decimal MaxAmount = 1_00_00_000m;

    public static long ToPaise(decimal rupees) => decimal.ToInt64(decimal.Round(rupees * 100m, 0, MidpointRounding.AwayFromZero));

    public static decimal FromPaise(long paise) => paise / 100m;

    /// <summary>An amount as a shopkeeper would type it back in a command ("450", "99.5"): no ₹, no commas,
    /// for replies and buttons that show the command to send.</summary>
    public static string AsTyped(decimal rupees) => rupees.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
