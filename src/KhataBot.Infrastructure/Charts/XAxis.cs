using System.Globalization;

namespace KhataBot.Infrastructure.Charts;

/// <summary>
/// The labels along the bottom. Dates and months run in order, so some may be left out when they do not
/// fit; names (customers, categories) must all be read, so they are tilted and shortened instead.
/// </summary>
public sealed record XAxis(IReadOnlyList<string> Labels, bool MayThin)
{
    public static XAxis Names(IEnumerable<string> names) => new([.. names], MayThin: false);

    /// <summary>One label a day: "1 Jun", "2 Jun", …</summary>
    public static XAxis Days(DateOnly from, DateOnly to) =>
        new([.. Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber + 1)).Select(i => Day(from.AddDays(i)))], MayThin: true);

    /// <summary>One label a month: "Jun 2026", "Jul 2026", …</summary>
    public static XAxis Months(DateOnly from, DateOnly to)
    {
        var labels = new List<string>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            labels.Add(Month(month));
        }

        return new XAxis(labels, MayThin: true);
    }

    public static string Day(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
