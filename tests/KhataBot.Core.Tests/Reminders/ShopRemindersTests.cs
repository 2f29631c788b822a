using KhataBot.Core.Reminders;
using KhataBot.Core.Shops;

namespace KhataBot.Core.Tests.Reminders;

public class ShopRemindersTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    /// <summary>A shop in India with reminders at 09:00 (03:30 UTC).</summary>
    private static ShopReminders At(int hour, int minute, DateOnly? day = null) =>
        ShopReminders.Of(new Shop(), new DateTimeOffset((day ?? Today).ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(5.5)));

    private static DateTimeOffset India(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(5.5));

    [Fact]
    public void A_due_written_days_ago_gets_its_latest_reminder()
    {
        var slot = At(10, 0).SlotFor(Today, enteredAt: India(1, 12));

        Assert.Equal(new ReminderSlot(ReminderStage.DueDay, Today), slot);
    }

    [Fact]
    public void Before_the_reminder_time_the_due_day_reminder_has_not_come()
    {
        var slot = At(8, 59).SlotFor(Today, enteredAt: India(1, 12));

        Assert.Equal(new ReminderSlot(ReminderStage.DayBefore, Today.AddDays(-1)), slot);
    }

    [Fact]
    public void A_due_written_this_morning_is_not_reminded_of_yesterdays_reminder_it_never_missed()
    {
        // Written at 08:00 for today: yesterday's "due tomorrow" reminder came before it existed.
        Assert.Null(At(8, 30).SlotFor(Today, enteredAt: India(21, 8)));
        // At 09:00 its own reminder comes.
        Assert.Equal(new ReminderSlot(ReminderStage.DueDay, Today), At(9, 0).SlotFor(Today, enteredAt: India(21, 8)));
    }

    [Fact]
    public void A_due_written_after_the_reminder_time_waits_for_its_next_reminder()
    {
        Assert.Null(At(12, 0).SlotFor(Today, enteredAt: India(21, 11)));
        Assert.Equal(new ReminderSlot(ReminderStage.Overdue, Today.AddDays(3)), At(9, 0, Today.AddDays(3)).SlotFor(Today, enteredAt: India(21, 11)));
    }

    [Fact]
    public void A_due_written_at_the_reminder_time_itself_is_reminded()
    {
        Assert.NotNull(At(9, 5).SlotFor(Today, enteredAt: India(21, 9)));
    }

    [Fact]
    public void Today_and_the_reminder_day_follow_the_shops_own_time_zone()
    {
        // 20:00 UTC on 21 Nov: already 22 Nov 01:30 in India (before its 09:00), still 21 Nov 15:00 in New York (after).
        var now = new DateTimeOffset(2026, 11, 21, 20, 0, 0, TimeSpan.Zero);
        var india = ShopReminders.Of(new Shop(), now);
        var newYork = ShopReminders.Of(new Shop { TimeZone = "America/New_York" }, now);

        Assert.Equal((new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 21)), (india.Today, india.ReminderDay));
        Assert.Equal((new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 21)), (newYork.Today, newYork.ReminderDay));
    }

    [Fact]
    public void The_shops_reminder_time_and_interval_are_used()
    {
        var shop = new Shop { ReminderTime = new TimeOnly(18, 45), RemindEveryDays = 10 };
        var due = new DateOnly(2026, 10, 1);
        var written = India(1, 9).AddMonths(-2);

        // 21 Nov is 51 days late: long-overdue reminders come 22, 32, 42, 52 days late, so 42 is the latest.
        Assert.Equal(new ReminderSlot(ReminderStage.LongOverdue, due.AddDays(42)), ShopReminders.Of(shop, India(21, 18, 44)).SlotFor(due, written));
        Assert.Equal(new ReminderSlot(ReminderStage.LongOverdue, due.AddDays(42)), ShopReminders.Of(shop, India(22, 18, 44)).SlotFor(due, written));
        Assert.Equal(new ReminderSlot(ReminderStage.LongOverdue, due.AddDays(52)), ShopReminders.Of(shop, India(22, 18, 45)).SlotFor(due, written));
    }
}
