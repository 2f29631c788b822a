using System.Globalization;
using System.Text.RegularExpressions;

namespace KhataBot.Core.Parsing;

/// <summary>
/// Finds one date phrase at a given word: "today", "kal", "12 june", "june 12 2026", "12/06/2026",
/// "15-11-2026", "2026-11-15", "3 days ago", and (only where a word like "on" or "due" makes it clearly
/// a date) "monday". Numbers are day first, as written in India.
/// </summary>
internal static partial class DateParser
{
    private const int MaxDaysAgo = 3650;

    // Two-part dates may use / or -; dots only with a year, so that an amount like 1.5 is never a date.
    [GeneratedRegex(@"^(?<day>[0-9]{1,2})(?<sep>[/-])(?<month>[0-9]{1,2})(?:\k<sep>(?<year>[0-9]{2}|[0-9]{4}))?$|^(?<day>[0-9]{1,2})\.(?<month>[0-9]{1,2})\.(?<year>[0-9]{2}|[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // "12jun", "12-jun", "12-jun-2026", "12june2026"
    [GeneratedRegex(@"^(?<day>[0-9]{1,2})(?:st|nd|rd|th)?-?(?<month>[a-z]{3,9})(?:-?(?<year>[0-9]{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"^(?<day>[0-9]{1,2})(?:st|nd|rd|th)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();

    /// <summary>The date phrase starting at <paramref name="index"/>, or null if there is none.</summary>
    public static DateMatch? Match(IReadOnlyList<Token> tokens, int index, bool bareWeekday)
    {
        var word = tokens[index].Word;
        switch (word)
        {
            case "today" or "aaj" or "tonight":
                return DateMatch.Of(1, new DaysFromToday(0));
            case "yesterday" or "yday":
                return DateMatch.Of(1, new DaysFromToday(-1));
            case "tomorrow" or "tmrw" or "tmr" or "tomorow":
                return DateMatch.Of(1, new DaysFromToday(1));
            case "kal":
                return DateMatch.Of(1, new Kal());
        }

        if (bareWeekday && CalendarWords.TryWeekday(word, out var weekday)) return DateMatch.Of(1, new Weekday(weekday, Last: false));

        if (NumericDate().Match(word) is { Success: true } numeric)
        {
            return Calendar(1, numeric.Groups["day"].Value, numeric.Groups["month"].Value, numeric.Groups["year"].Value, tokens[index].Text);
        }

        if (IsoDate().Match(word) is { Success: true } iso)
        {
            return Calendar(1, iso.Groups["day"].Value, iso.Groups["month"].Value, iso.Groups["year"].Value, tokens[index].Text);
        }

        if (CompactDate().Match(word) is { Success: true } compact && CalendarWords.TryMonth(compact.Groups["month"].Value, out var compactMonth))
        {
            return Named(1, compact.Groups["day"].Value, compactMonth, compact.Groups["year"].Value);
        }

        var next = index + 1 < tokens.Count ? tokens[index + 1].Word : "";
        if (DayNumber().Match(word) is { Success: true } day && CalendarWords.TryMonth(next, out var month))
        {
            var year = YearAt(tokens, index + 2);
            return Named(year is null ? 2 : 3, day.Groups["day"].Value, month, year ?? "");
        }

        if (CalendarWords.TryMonth(word, out var monthFirst) && DayNumber().Match(next) is { Success: true } dayAfter)
        {
            var year = YearAt(tokens, index + 2);
            return Named(year is null ? 2 : 3, dayAfter.Groups["day"].Value, monthFirst, year ?? "");
        }

        return DaysAgo(tokens, index);
    }

    /// <summary>A count such as the 7 in "in 7 days": 1 to 3650, or "a"/"one"/"ek".</summary>
    public static int? Count(string word) => word switch
    {
        "a" or "an" or "one" or "ek" => 1,
        _ when int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxDaysAgo => n,
        _ => null,
    };

    private static DateMatch? DaysAgo(IReadOnlyList<Token> tokens, int index)
    {
        if (index + 2 >= tokens.Count || Count(tokens[index].Word) is not { } count) return null;
        var unit = tokens[index + 1].Word;
        var ago = tokens[index + 2].Word is "ago" or "pehle" or "pahle" or "pehele";
        if (!ago) return null;
        return unit switch
        {
            "day" or "days" or "din" => DateMatch.Of(3, new DaysFromToday(-count)),
            "week" or "weeks" or "hafte" or "hafta" when count <= MaxDaysAgo / 7 => DateMatch.Of(3, new DaysFromToday(-7 * count)),
            _ => null,
        };
    }

    private static string? YearAt(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && FourDigitYear().IsMatch(tokens[index].Word) ? tokens[index].Word : null;

    private static DateMatch Calendar(int length, string day, string month, string year, string asWritten)
    {
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12) return DateMatch.Invalid(length, $"'{asWritten}' isn't a date I can read: write the day first, like 15/11/2026.");
        return Named(length, day, m, year);
    }

    private static DateMatch Named(int length, string day, int month, string year)
    {
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        // 2000 was a leap year: a day that does not exist even then (31 February) never exists.
        if (d < 1 || d > DateTime.DaysInMonth(2000, month)) return DateMatch.Invalid(length, $"There's no {d} {CalendarWords.MonthName(month)}.");
        int? y = year.Length switch
        {
            0 => null,
            2 => 2000 + int.Parse(year, CultureInfo.InvariantCulture),
            _ => int.Parse(year, CultureInfo.InvariantCulture),
        };
        if (y is < 1900 or > 2999) return DateMatch.Invalid(length, $"{y} isn't a year I can use.");
        return DateMatch.Of(length, new CalendarDay(d, month, y));
    }
}
