using System.Globalization;
using System.Text;

namespace KhataBot.Core.Money;

/// <summary>Formats rupees the way Indian shopkeepers write them: ₹1,00,000 and ₹2,50,000.50.</summary>
public static class IndianMoney
{
    public static string Format(decimal rupees) => "₹" + FormatNumber(rupees);

    public static string FormatPaise(long paise) => Format(Money.FromPaise(paise));

    /// <summary>The number alone, grouped in the Indian way (last three digits, then pairs).</summary>
    public static string FormatNumber(decimal rupees)
    {
        var negative = rupees < 0;
        var abs = Math.Abs(decimal.Round(rupees, 2, MidpointRounding.AwayFromZero));
        var whole = decimal.Truncate(abs);
        var fraction = abs - whole;
        var digits = whole.ToString("0", CultureInfo.InvariantCulture);

        var grouped = new StringBuilder();
        var firstGroup = digits.Length > 3 ? digits.Length - 3 : 0;
        var head = digits[..firstGroup];
        for (var i = 0; i < head.Length; i++)
        {
            if (i > 0 && (head.Length - i) % 2 == 0) grouped.Append(',');
            grouped.Append(head[i]);
        }
        if (head.Length > 0) grouped.Append(',');
        grouped.Append(digits[firstGroup..]);

        if (fraction > 0) grouped.Append('.').Append(((int)(fraction * 100)).ToString("00", CultureInfo.InvariantCulture));
        return (negative ? "-" : "") + grouped;
    }
}
