using System.Globalization;

namespace KhataBot.Core.Budgets;

/// <summary>What a shop's own category name may look like. Names are stored lower-case with single spaces,
/// because expenses keep their category as typed text and the parser matches categories by word.</summary>
public static class CategoryName
{
    public const int MinLength = 2;

    public const int MaxLength = 30;

    public static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Letters, digits and single spaces, with at least one letter: a name of digits alone would read
    /// as an amount. Combining marks count as letters so Hindi names ("सब्ज़ी") work.</summary>
    public static bool IsValid(string normalized) =>
        normalized.Length is >= MinLength and <= MaxLength
        && normalized.All(c => c == ' ' || char.IsLetterOrDigit(c) || IsMark(c))
        && normalized.Any(char.IsLetter);

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
