namespace KhataBot.Core.Parsing;

/// <summary>
/// Phone numbers, stored in one form (+919876543210) however they were typed: "98765 43210",
/// "+91-98765-43210", "09876543210". Ten digits are an Indian number; other countries need their +code.
/// </summary>
internal static class PhoneNumbers
{
    private const int MinInternationalDigits = 8;
    private const int MaxInternationalDigits = 15; // the E.164 limit

    /// <summary>True for words that can be part of a typed number: digits and the marks people put between them.</summary>
    public static bool IsPhoneWord(string word) => word.Any(char.IsAsciiDigit) && word.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '(' or ')' or '.');

    /// <summary>The number in its stored form, or null if it isn't one.</summary>
    public static string? Normalize(string typed)
    {
        var plus = typed.StartsWith('+');
        var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
        if (typed.Count(c => c == '+') > (plus ? 1 : 0)) return null;

        if (plus || digits.StartsWith("00", StringComparison.Ordinal))
        {
            var international = plus ? digits : digits[2..];
            if (international.StartsWith("91", StringComparison.Ordinal)) return Indian(international[2..]);
            return international.Length is >= MinInternationalDigits and <= MaxInternationalDigits && international[0] != '0' ? "+" + international : null;
        }

        return digits.Length switch
        {
            10 => Indian(digits),
            11 when digits[0] == '0' => Indian(digits[1..]),
            12 when digits.StartsWith("91", StringComparison.Ordinal) => Indian(digits[2..]),
            _ => null,
        };
    }

    // Indian numbers are ten digits after the country code; none start with 0 (that is the trunk prefix).
    private static string? Indian(string national) => national.Length == 10 && national[0] != '0' ? "+91" + national : null;
}
