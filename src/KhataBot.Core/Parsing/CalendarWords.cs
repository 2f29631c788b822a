using System.Globalization;

namespace KhataBot.Core.Parsing;

/// <summary>Month and weekday names as people type them: in full, in three letters, "sept", and the
/// Hindi weekday names.</summary>
internal static class CalendarWords
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new()
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["somvar"] = DayOfWeek.Monday, ["somwar"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["mangalvar"] = DayOfWeek.Tuesday, ["mangalwar"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["budhvar"] = DayOfWeek.Wednesday, ["budhwar"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["guruvar"] = DayOfWeek.Thursday, ["guruwar"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["shukravar"] = DayOfWeek.Friday, ["shukrawar"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["shanivar"] = DayOfWeek.Saturday, ["shaniwar"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["ravivar"] = DayOfWeek.Sunday, ["raviwar"] = DayOfWeek.Sunday, ["itvar"] = DayOfWeek.Sunday,
    };

    public static bool TryMonth(string word, out int month) => Months.TryGetValue(word, out month);

    public static bool TryWeekday(string word, out DayOfWeek day) => Weekdays.TryGetValue(word, out day);

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>"21 Nov 2026": how dates are shown back in replies and labels.</summary>
    public static string Show(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int> { ["sept"] = 9 };
        for (var month = 1; month <= 12; month++)
        {
            var name = MonthName(month).ToLowerInvariant();
            months[name] = month;
            months[name[..3]] = month;
        }

        return months;
    }
}
