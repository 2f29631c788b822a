using System.Globalization;
using KhataBot.Dashboard.Queries;
using static KhataBot.Dashboard.Html.Html;

namespace KhataBot.Dashboard.Pages;

/// <summary>The period picker: this month, last month, any of the last twelve months, this year, or a date range.</summary>
public static class PeriodPicker
{
    public static Html.Html Fields(PeriodChoice chosen, DateOnly today, bool allTime = false)
    {
        var options = new List<(string Key, string Label)> { ("this-month", "This month"), ("last-month", "Last month"), ("this-year", "This year") };
        if (allTime) options.Add(("all", "All time"));
        for (var back = 2; back <= 12; back++)
        {
            var month = today.AddMonths(-back);
            options.Add((month.ToString("yyyy-MM", CultureInfo.InvariantCulture), month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)));
        }

        var from = chosen.Key == "range" ? chosen.Range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        var to = chosen.Key == "range" ? chosen.Range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return H($"""
            <label>Period<select name="period">{options.Select(o => H($"<option value=\"{o.Key}\"{(o.Key == chosen.Key ? H($" selected") : Empty)}>{o.Label}</option>"))}</select></label>
            <label>From<input type="date" name="from" value="{from}"></label>
            <label>To<input type="date" name="to" value="{to}"></label>
            """);
    }
}
