using KhataBot.Core.Parsing;

namespace KhataBot.Core.Reminders.OneOff;

/// <summary>When a one-off reminder comes: a day's at the shop's reminder time on its own clock (daylight
/// saving included, see <see cref="ReminderClock"/>), hours and minutes counted from now.</summary>
public static class OneOffMoment
{
    public static DateTimeOffset For(RemindOnce command, TimeZoneInfo zone, TimeOnly reminderTime, DateTimeOffset now) =>
        command.After is { } after ? now + after : ReminderClock.MomentOn(zone, command.On!.Value, reminderTime);
}
