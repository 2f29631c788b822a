using KhataBot.Core.Shops;

namespace KhataBot.Core.Reminders;

/// <summary>
/// Where a shop's reminders stand at one instant: the latest calendar day whose reminder time has come,
/// and so which reminder of each due is the one to send. The book is the source of truth: nothing is
/// remembered between rounds except the reminder log, so a round after downtime finds exactly what the
/// missed rounds would have sent, once per due.
/// </summary>
public sealed class ShopReminders
{
    /// <summary>No zone is ahead of UTC by more than this, so a shop's calendar day never starts earlier.</summary>
    private static readonly TimeSpan FurthestAhead = TimeSpan.FromHours(14);

    private readonly TimeZoneInfo _zone;
    private readonly TimeOnly _at;
    private readonly int _everyDays;

    public ShopReminders(TimeZoneInfo zone, TimeOnly at, int everyDays, DateTimeOffset now)
    {
        _zone = zone;
        _at = at;
        _everyDays = everyDays;
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        ReminderDay = ReminderClock.LatestReminderDay(zone, at, now);
    }

    public static ShopReminders Of(Shop shop, DateTimeOffset now) =>
        new(ShopClock.ZoneOf(shop), shop.ReminderTime, shop.RemindEveryDays, now);

    /// <summary>The shop's calendar day now; reminders say how late a due is by it.</summary>
    public DateOnly Today { get; }

    /// <summary>The latest day whose reminder time has come: today, or yesterday before the reminder time.</summary>
    public DateOnly ReminderDay { get; }

    /// <summary>The moment <paramref name="day"/> begins on the shop's clock.</summary>
    public DateTimeOffset StartOf(DateOnly day) => ReminderClock.MomentOn(_zone, day, TimeOnly.MinValue);

    /// <summary>
    /// The reminder of a due to send now, or null when there is none: its first reminder has not come, or
    /// the due was written after its latest reminder time. Such a reminder was never missed; the
    /// shopkeeper who just wrote "due today" at noon does not need to be told, and hears at the next one.
    /// </summary>
    public ReminderSlot? SlotFor(DateOnly due, DateTimeOffset enteredAt)
    {
        if (ReminderSchedule.LatestBy(due, ReminderDay, _everyDays) is not { } slot)
        {
            return null;
        }

        // Nearly every due was written days before its reminder: that needs no time zone arithmetic.
        var slotDayStartsNoEarlierThan = new DateTimeOffset(slot.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - FurthestAhead;
        if (enteredAt < slotDayStartsNoEarlierThan)
        {
            return slot;
        }

        return enteredAt <= ReminderClock.MomentOn(_zone, slot.Day, _at) ? slot : null;
    }
}
