using System.Globalization;

namespace KhataBot.Core.Parsing;

/// <summary>
/// Periods beyond the calendar's names, for reports, charts and questions: a range of dates ("from 1 june
/// to 30 june", "1/6 to 15/6", "1 june se 15 june tak") and a count back from today ("last 7 days",
/// "last 3 months", "pichle 7 din"). A date without a year is the latest one not after today; the end of
/// a range is the first such date on or after its start.
/// </summary>
internal static class PeriodRanges
{
    private static readonly HashSet<string> RangeStarts = ["from", "between"];

    private static readonly HashSet<string> RangeJoiners = ["to", "till", "until", "se", "and", "-", "–"];

    private static readonly HashSet<string> Last = ["last", "past", "pichle", "pichhle", "pichla", "previous"];

    private static readonly HashSet<string> DayWords = ["day", "days", "din"];

    private static readonly HashSet<string> MonthWords = ["month", "months", "mahine", "mahina"];

    private static readonly HashSet<string> WeekWords = ["week", "weeks", "hafte", "hafta"];

    /// <summary>The period, a refusal of a range that cannot be, or null when the words are not a range.</summary>
    public static Command? Parse(IReadOnlyList<Token> words, DateOnly today, string example)
    {
        if (words.Count == 3 && Last.Contains(words[0].Word) && DateParser.Count(words[1].Word) is { } count && count > 0)
        {
            var from = DayWords.Contains(words[2].Word) ? today.AddDays(1 - count)
                : WeekWords.Contains(words[2].Word) ? today.AddDays(1 - (7 * count))
                : MonthWords.Contains(words[2].Word) ? today.AddMonths(-count).AddDays(1)
                : (DateOnly?)null;
            if (from is { } start) return Range(start, today, $"last {count.ToString(CultureInfo.InvariantCulture)} {words[2].Word}");
        }

        var i = words.Count > 0 && RangeStarts.Contains(words[0].Word) ? 1 : 0;
        if (i >= words.Count || DateParser.Match(words, i, bareWeekday: false) is not { Spec: { } fromSpec } first) return null;
        var j = i + first.Length;
        if (j >= words.Count || !RangeJoiners.Contains(words[j].Word)) return null;
        if (DateParser.Match(words, j + 1, bareWeekday: false) is not { Spec: { } toSpec } second) return null;
        var end = j + 1 + second.Length;
        if (end < words.Count && words[end].Word is not "tak") return null;

        var fromDate = DateResolver.Entry(fromSpec, today, example);
        if (fromDate.Failed) return new Unparseable(fromDate.Error);
        var toDate = DateResolver.Due(toSpec, today, fromDate.Value, example);
        if (toDate.Failed) return new Unparseable(toDate.Error);
        return Range(fromDate.Value, toDate.Value, null);
    }

    private static ShowReport Range(DateOnly from, DateOnly to, string? name)
    {
        var span = from == to ? CalendarWords.Show(from) : $"{CalendarWords.Show(from)} – {CalendarWords.Show(to)}";
        return new ShowReport(new DateRange(from, to), name is null ? span : $"{name} ({span})");
    }
}
