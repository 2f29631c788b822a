using System.Globalization;

namespace KhataBot.Core.Parsing;

/// <summary>
/// The period of a report: this month when none is given; "june" is the latest June not after this
/// month; weeks start on Monday. Labels are for people: "June 2026", "2025", "today (21 Nov 2026)",
/// "this week (16–22 Nov 2026)".
/// </summary>
internal static class PeriodParser
{
    private static readonly HashSet<string> Filler = ["for", "of", "the", "ka", "ki"];

    /// <param name="example">The working form a refusal shows; reports and charts read periods alike.</param>
    public static Command Parse(IReadOnlyList<Token> words, DateOnly today, string example = Examples.Report)
    {
        var phrase = string.Join(' ', words.SkipLeading(Filler).Select(t => t.Word));
        var lastMonthStart = today.AddDays(1 - today.Day).AddMonths(-1);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));

        switch (phrase)
        {
            case "" or "month" or "this month" or "is mahine" or "is mahina":
                return Month(today.Year, today.Month);
            case "last month" or "previous month" or "pichle mahine" or "pichla mahina":
                return Month(lastMonthStart.Year, lastMonthStart.Month);
            case "today" or "aaj":
                return new ShowReport(new DateRange(today, today), $"today ({CalendarWords.Show(today)})");
            case "yesterday" or "kal":
                var yesterday = today.AddDays(-1);
                return new ShowReport(new DateRange(yesterday, yesterday), $"yesterday ({CalendarWords.Show(yesterday)})");
            case "week" or "this week" or "is hafte":
                return Week("this week", monday);
            case "last week" or "previous week" or "pichle hafte":
                return Week("last week", monday.AddDays(-7));
            case "year" or "this year":
                return Year(today.Year);
            case "last year" or "previous year" or "pichle saal":
                return Year(today.Year - 1);
        }

        var parts = phrase.Split(' ');
        if (parts.Length == 1 && TryYear(parts[0], out var onlyYear))
        {
            return onlyYear > today.Year ? Future(onlyYear.ToString(CultureInfo.InvariantCulture), example) : Year(onlyYear);
        }

        if (parts.Length is 1 or 2 && CalendarWords.TryMonth(parts[0], out var month))
        {
            if (parts.Length == 1)
            {
                return Month(month <= today.Month ? today.Year : today.Year - 1, month);
            }

            if (TryYear(parts[1], out var year))
            {
                return new DateOnly(year, month, 1) > today ? Future($"{CalendarWords.MonthName(month)} {year}", example) : Month(year, month);
            }
        }

        return PeriodRanges.Parse(words.SkipLeading(Filler), today, example) ?? Replies.Fail("I didn't understand that period.", example);
    }

    /// <summary>A period named after other words ("statement Ramesh june pdf"): null when the words name
    /// none, so the caller can read them as part of a name instead. No words is no period here, not this month.</summary>
    public static ShowReport? Named(IReadOnlyList<Token> words, DateOnly today) =>
        words.SkipLeading(Filler).Count == 0 ? null : Parse(words, today) as ShowReport;

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 2000 and <= 2999 && word.Length == 4;

    private static ShowReport Month(int year, int month) =>
        new(DateRange.Month(year, month), $"{CalendarWords.MonthName(month)} {year}");

    private static ShowReport Year(int year) => new(DateRange.Year(year), year.ToString(CultureInfo.InvariantCulture));

    private static ShowReport Week(string name, DateOnly monday)
    {
        var sunday = monday.AddDays(6);
        return new ShowReport(new DateRange(monday, sunday), $"{name} ({Span(monday, sunday)})");
    }

    /// <summary>"16–22 Nov 2026", "26 Oct – 1 Nov 2026", "29 Dec 2025 – 4 Jan 2026": no part said twice.</summary>
    private static string Span(DateOnly from, DateOnly to)
    {
        if (from.Year != to.Year) return $"{CalendarWords.Show(from)} – {CalendarWords.Show(to)}";
        if (from.Month != to.Month) return $"{from.ToString("d MMM", CultureInfo.InvariantCulture)} – {CalendarWords.Show(to)}";
        return $"{from.Day}–{CalendarWords.Show(to)}";
    }

    private static Unparseable Future(string period, string example) =>
        Replies.Fail($"{period} hasn't happened yet, so there's nothing to report.", example);
}
