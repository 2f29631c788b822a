using System.Globalization;
using System.Text.RegularExpressions;
using KhataBot.Core.Reminders;

namespace KhataBot.Core.Parsing;

/// <summary>"reminders", "reminder time 9:30", "reminder time 6pm", "reminders off", "remind every 7 days";
/// "remind Ramesh tomorrow" is a one-off (<see cref="OneOffReminderGrammar"/>).</summary>
internal static partial class ReminderGrammar
{
    private const string AllForms = $"{Examples.ReminderTime}, {Examples.RemindEvery} or {Examples.RemindersOnOff}";

    public static Command Parse(string verb, IReadOnlyList<Token> args, DateOnly today)
    {
        var words = args.Select(a => a.Word).ToList();
        switch (words)
        {
            case [] when verb != "remind":
                return new ShowReminders();
            case ["on" or "start" or "chalu"]:
                return new SwitchReminders(true);
            case ["off" or "stop" or "band" or "bandh"]:
                return new SwitchReminders(false);
            case ["time" or "at", ..]:
                return Time(args.From(1).SkipLeading(new HashSet<string> { "at", "to" }));
            case ["every", ..]:
                return Every(words[1..]);
            case ["cancel" or "delete" or "remove", _, ..]:
                return OneOffReminderGrammar.Cancel(args.From(1));
            case [_, ..] when verb == "remind":
                return OneOffReminderGrammar.Parse(args, today);
        }

        return Replies.Fail("To change reminders, say what to change.", AllForms);
    }

    /// <summary>9:30, 09:30, 9.30, 18:45 (24-hour), 9am, 9 am, 6:30pm, 6 p.m., 9 baje.</summary>
    public static TimeOnly? ReadTime(string text)
    {
        var compact = text.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("baje", "", StringComparison.Ordinal);
        var match = TimeOfDay().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["half"].Value;
        if (half.Length > 0)
        {
            // 12 am is midnight and 12 pm is noon; 13 pm means nothing.
            if (hour is < 1 or > 12) return null;
            hour = (hour % 12) + (half[0] == 'p' ? 12 : 0);
        }

        return hour <= 23 && minute <= 59 ? new TimeOnly(hour, minute) : null;
    }

    private static Command Time(IReadOnlyList<Token> words)
    {
        if (words.Count == 0)
        {
            return Replies.Fail("At what time should reminders come?", Examples.ReminderTime);
        }

        var text = words.JoinText();
        return ReadTime(text) is { } at
            ? new SetReminderTime(at)
            : Replies.Fail($"'{text}' is not a time I can read. Use 24-hour time or am/pm.", Examples.ReminderTime);
    }

    private static Command Every(List<string> words)
    {
        var days = words switch
        {
            ["day"] => 1,
            ["week"] => 7,
            [var n] => Count(n),
            [var n, "day" or "days" or "din"] => Count(n),
            // Past four weeks is out of range anyway; capping keeps a silly number from overflowing into a sensible one.
            [var n, "week" or "weeks"] => Count(n) is { } weeks ? Math.Min(weeks, 5) * 7 : null,
            _ => null,
        };

        if (days is null)
        {
            return Replies.Fail("How many days apart should overdue reminders come?", Examples.RemindEvery);
        }

        return days is < ReminderSchedule.MinEveryDays or > ReminderSchedule.MaxEveryDays
            ? Replies.Fail($"Reminders can come every {ReminderSchedule.MinEveryDays} to {ReminderSchedule.MaxEveryDays} days.", Examples.RemindEvery)
            : new SetRemindEvery(days.Value);
    }

    private static int? Count(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;

    [GeneratedRegex(@"^(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?(?<half>(?:a|p)\.?m\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
