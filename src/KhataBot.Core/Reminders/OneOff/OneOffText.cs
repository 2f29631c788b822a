using KhataBot.Core.Ledger;
using KhataBot.Core.Parsing;
using System.Globalization;

namespace KhataBot.Core.Reminders.OneOff;

/// <summary>How one-off reminders are said: when they come, on the shop's clock, and the reminder itself.</summary>
internal static class OneOffText
{
    public const string SetAction = "reminder.one_off";
    public const string CancelAction = "reminder.one_off_cancelled";

    /// <summary>"today at 4:10 pm", "tomorrow at 9:00 am", "on Sat 5 Dec at 9:00 am" (with the year when it is not this one).</summary>
    public static string When(DateTimeOffset at, TimeZoneInfo zone, DateOnly today)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        var time = ReminderActions.Time(TimeOnly.FromDateTime(local));
        var dayText = (day.DayNumber - today.DayNumber) switch
        {
            0 => "today",
            1 => "tomorrow",
            _ => "on " + local.ToString(day.Year == today.Year ? "ddd d MMM" : "ddd d MMM yyyy", CultureInfo.InvariantCulture),
        };
        return $"{dayText} at {time}";
    }

    /// <summary>What the shopkeeper is sent when the reminder comes: who, and what they owe now.</summary>
    public static string Message(Customer customer) =>
        $"⏰ Reminder about {customer.Name}: {LedgerText.BalanceSentence(customer)}"
        + (customer.Phone is { } phone ? $"\nPhone: {phone}" : "");

    /// <summary>The command that sets the same reminder for another customer (a "did you mean" button).</summary>
    public static string CommandFor(RemindOnce command, string customer) => command.After is { } after
        ? after.TotalMinutes % 60 == 0 ? $"remind {customer} in {after.TotalHours:0} hours" : $"remind {customer} in {after.TotalMinutes:0} minutes"
        : $"remind {customer} on {command.On!.Value.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
}
