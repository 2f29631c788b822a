using System.Globalization;
using System.Text.RegularExpressions;
using KhataBot.Core.Money;
using MoneyRules = KhataBot.Core.Money.Money;

namespace KhataBot.Core.Parsing;

/// <summary>An amount found in a message, and the words it took ("₹ 500" and "1.2 lakh" are two).</summary>
internal readonly record struct AmountMatch(int Start, int End, decimal Value);

/// <summary>
/// Reads amounts the way they are written in Indian shops: 500, ₹500, Rs.500, 500/-, 1,00,000, 1.5k,
/// 1.2 lakh. Amounts stay decimal rupees throughout, because binary floating point cannot hold 0.10.
/// </summary>
internal static partial class AmountParser
{
    private static readonly HashSet<string> CurrencyBefore = ["₹", "rs", "rs.", "inr", "inr.", "rupees", "rupee", "rupaye", "rupaiye", "rupay", "rupiya", "rupya", "rupe"];

    private static readonly HashSet<string> CurrencyAfter = ["₹", "rs", "rs.", "/-", "inr", "rupee", "rupees", "rupaye", "rupaiye", "rupay", "rupiya", "rupya", "rupe"];

    private static readonly Dictionary<string, decimal> Multipliers = new()
    {
        ["k"] = 1_000m, ["thousand"] = 1_000m, ["hazar"] = 1_000m, ["hazaar"] = 1_000m, ["hajar"] = 1_000m,
        ["lakh"] = 1_00_000m, ["lakhs"] = 1_00_000m, ["lac"] = 1_00_000m, ["lacs"] = 1_00_000m,
        ["crore"] = 1_00_00_000m, ["crores"] = 1_00_00_000m, ["cr"] = 1_00_00_000m,
    };

    // More digits than this before the point is beyond any limit, and beyond what decimal.Parse should see.
    private const int MaxWholeDigits = 12;

    [GeneratedRegex(@"^(?<sign>[-+−])?(?:₹|rs\.?|inr\.?)?(?<sign2>[-+−])?(?<number>[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)(?<multiplier>k|thousand|lakhs?|lacs?|crores?|cr)?(?<currency>/-|₹|rs\.?|rupees?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountWord();

    // 1,500 and 100,000 (international) or 1,00,000 (Indian): commas anywhere else are a typo, not a number.
    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})*,[0-9]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedDigits();

    /// <summary>Where the first word that is trying to be an amount starts (a digit, a sign, or ₹/Rs before
    /// a number), or -1. Words like "12abc" count: the shopkeeper meant an amount and should hear why it failed.</summary>
    public static int FindFirst(IReadOnlyList<Token> tokens, int from = 0)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (StartsAt(tokens, i)) return i;
        }

        return -1;
    }

    public static bool StartsAt(IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Word;
        if (CurrencyBefore.Contains(word)) return index + 1 < tokens.Count && LooksNumeric(tokens[index + 1].Word);
        return LooksNumeric(word);
    }

    /// <summary>Reads the amount that <see cref="FindFirst"/> found at <paramref name="start"/>.</summary>
    public static Parsed<AmountMatch> Read(IReadOnlyList<Token> tokens, int start, string example)
    {
        var index = start;
        var shown = tokens[index].Text;
        if (CurrencyBefore.Contains(tokens[index].Word) && index + 1 < tokens.Count)
        {
            index++;
            shown += " " + tokens[index].Text;
        }

        var match = AmountWord().Match(tokens[index].Word);
        if (!match.Success) return NotAnAmount(shown, example);

        var number = match.Groups["number"].Value;
        var point = number.IndexOf('.');
        var whole = point < 0 ? number : number[..point];
        var fraction = point < 0 ? "" : number[(point + 1)..];
        if (whole.Contains(',') && !GroupedDigits().IsMatch(whole)) return NotAnAmount(shown, example);

        var end = index + 1;
        var multiplier = 1m;
        if (match.Groups["multiplier"].Success)
        {
            multiplier = Multipliers[match.Groups["multiplier"].Value];
        }
        else if (end < tokens.Count && Multipliers.TryGetValue(tokens[end].Word, out var spelledOut))
        {
            multiplier = spelledOut;
            end++;
        }

        if (!match.Groups["currency"].Success && end < tokens.Count && CurrencyAfter.Contains(tokens[end].Word)) end++;

        var digits = whole.Replace(",", "", StringComparison.Ordinal).TrimStart('0');
        if (digits.Length > MaxWholeDigits) return TooBig(example);
        if (fraction.TrimEnd('0').Length > MaxWholeDigits) return TooManyDecimals(example);
        var value = decimal.Parse((digits.Length == 0 ? "0" : digits) + (fraction.Length > 0 ? "." + fraction : ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * multiplier;

        var negative = match.Groups["sign"].Value is "-" or "−" || match.Groups["sign2"].Value is "-" or "−";
        if (negative && value != 0) return Fail("The amount can't be negative.", example);
        if (value == 0) return Fail("The amount must be more than zero.", example);
        if (value != decimal.Round(value, 2)) return TooManyDecimals(example);
        if (value > MoneyRules.MaxAmount) return TooBig(example);

        return Parsed<AmountMatch>.Ok(new AmountMatch(start, end, Canonical(value)));
    }

    /// <summary>The same amount without trailing zeros (500.50 → 500.5), so it prints as people write it.</summary>
    public static decimal Canonical(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static bool LooksNumeric(string word)
    {
        var rest = word.AsSpan().TrimStart("+-−");
        foreach (var prefix in (ReadOnlySpan<string>)["₹", "rs.", "rs", "inr.", "inr"])
        {
            if (rest.StartsWith(prefix, StringComparison.Ordinal))
            {
                rest = rest[prefix.Length..].TrimStart("+-−");
                break;
            }
        }

        return rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || (rest[0] == '.' && rest.Length > 1 && char.IsAsciiDigit(rest[1])));
    }

    private static Parsed<AmountMatch> NotAnAmount(string shown, string example) =>
        Fail($"I couldn't read '{shown}' as an amount. Write it like 500, 1,500, ₹500 or 1.5k.", example);

    private static Parsed<AmountMatch> TooManyDecimals(string example) =>
        Fail("An amount can have at most two decimal places (paise), like 5.55.", example);

    private static Parsed<AmountMatch> TooBig(string example) =>
        Fail($"That's more than {IndianMoney.Format(MoneyRules.MaxAmount)}, the most one amount can be.", example);

    private static Parsed<AmountMatch> Fail(string problem, string example) => Parsed<AmountMatch>.Fail(Replies.Reason(problem, example));
}
