namespace KhataBot.Core.Reminders;

/// <summary>
/// When a shop's reminder time comes, as an instant: the shop's own clock decides, daylight saving included.
/// A reminder time that does not exist one night (the clocks skipped it) comes when the clocks jump past it;
/// one that happens twice (the clocks went back) comes the first time.
/// </summary>
public static class ReminderClock
{
    /// <summary>The shop's latest calendar day whose reminder time has come by <paramref name="now"/>:
    /// today once the reminder time has passed, yesterday before it.</summary>
    public static DateOnly LatestReminderDay(TimeZoneInfo zone, TimeOnly at, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return now >= MomentOn(zone, today, at) ? today : today.AddDays(-1);
    }

    /// <summary>The next time the shop's reminders are due after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextMoment(TimeZoneInfo zone, TimeOnly at, DateTimeOffset now) =>
        MomentOn(zone, LatestReminderDay(zone, at, now).AddDays(1), at);

    public static DateTimeOffset MomentOn(TimeZoneInfo zone, DateOnly day, TimeOnly at)
    {
        var local = day.ToDateTime(at, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // In the hour the clocks skip, the offset from before the jump places the time just after it
            // (02:30 on a night that goes 02:00 -> 03:00 becomes 03:30). A day earlier is safely before.
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier of the two instants with this wall-clock time.
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
