using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Scheduling.Reminders;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Reminders;

/// <summary>Runs reminder rounds on a test book, on its clock, and reads what they left in the outbox.</summary>
internal static class ReminderKit
{
    /// <summary>A moment on the shop's clock in India, in 2026.</summary>
    public static DateTimeOffset India(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(5.5));

    public static Task<SweepResult> SweepAsync(this TestBook book) =>
        book.QueryAsync(db => new DueReminderSweep(db, book.Engine, book.Clock).RunAsync(CancellationToken.None));

    public static Task<SweepResult> SweepAtAsync(this TestBook book, DateTimeOffset now)
    {
        book.Clock.Now = now;
        return book.SweepAsync();
    }

    /// <summary>The outbox messages that are reminders (replies of delivered messages are not), oldest first.</summary>
    public static Task<List<OutboxMessage>> RemindersAsync(this TestBook book) =>
        book.QueryAsync(db => db.OutboxMessages.Where(m => m.Text.StartsWith("🔔")).OrderBy(m => m.Id).ToListAsync());

    public static Task<int> LogRowsAsync(this TestBook book) =>
        book.QueryAsync(db => db.ReminderLog.CountAsync());
}
