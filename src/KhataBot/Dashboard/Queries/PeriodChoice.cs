using System.Globalization;
using KhataBot.Core.Parsing;

namespace KhataBot.Dashboard.Queries;

/// <summary>
/// The period picker: this-month (the default), last-month, this-year, a month (2026-10), or a date range
/// (from and to, yyyy-MM-dd). Read from the query string; anything unreadable falls back to this month.
/// </summary>
public sealed record PeriodChoice(string Key, DateRange Range, string Label)
{
    public static PeriodChoice From(IQueryCollection query, DateOnly today)
    {
        var key = query["period"].ToString();
        if (Date(query["from"]) is { } from && Date(query["to"]) is { } to)
        {
            var range = from <= to ? new DateRange(from, to) : new DateRange(to, from);
            return new PeriodChoice("range", range, $"{Show(range.From)} – {Show(range.To)}");
        }

        if (DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new PeriodChoice(key, DateRange.Month(month.Year, month.Month), month.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        }

        var last = today.AddMonths(-1);
        return key switch
        {
            "last-month" => new PeriodChoice(key, DateRange.Month(last.Year, last.Month), last.ToString("MMMM yyyy", CultureInfo.InvariantCulture)),
            "this-year" => new PeriodChoice(key, DateRange.Year(today.Year), today.Year.ToString(CultureInfo.InvariantCulture)),
            "all" => new PeriodChoice(key, new DateRange(DateOnly.MinValue, DateOnly.MaxValue), "all time"),
            _ => new PeriodChoice("this-month", DateRange.Month(today.Year, today.Month), today.ToString("MMMM yyyy", CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>The query string that picks this period again (for links and the CSV).</summary>
    public string Query => Key == "range"
        ? $"from={Range.From:yyyy-MM-dd}&to={Range.To:yyyy-MM-dd}"
        : $"period={Uri.EscapeDataString(Key)}";

    public static string Show(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
