using System.Globalization;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// Short rupee amounts for axes and tight spaces, in the units Indian shopkeepers count in: thousand (k),
/// lakh (L, 1,00,000) and crore (Cr, 1,00,00,000). Full amounts use <see cref="Core.Money.IndianMoney"/>.
/// </summary>
public static class IndianMoneyAxis
{
    private const decimal Thousand = 1_000m;
    private const decimal Lakh = 1_00_000m;
    private const decimal Crore = 1_00_00_000m;

    /// <summary>₹0, ₹500, ₹20k, ₹1.2L, ₹1.1Cr; up to two decimals, as 1-2-5 steps of an axis need.</summary>
    public static string Format(decimal rupees)
    {
        var size = Math.Abs(rupees);
        var (unit, suffix) = size >= Crore ? (Crore, "Cr") : size >= Lakh ? (Lakh, "L") : size >= Thousand ? (Thousand, "k") : (1m, "");
        var number = Math.Round(size / unit, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        return (rupees < 0 ? "-₹" : "₹") + number + suffix;
    }
}
