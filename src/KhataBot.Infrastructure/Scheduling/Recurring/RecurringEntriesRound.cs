using KhataBot.Core;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Infrastructure.Scheduling.Recurring;

/// <summary>
/// Books the recurring entries whose day has come on their shop's calendar. A plain service, called from the
/// scheduler's round, so it moves to any job runner unchanged. It only finds candidates here; each is booked
/// through the book's one writer, which checks the day again, so a round run twice or late books each day once.
/// </summary>
public sealed class RecurringEntriesRound(KhataDbContext db, KhataEngine engine, TimeProvider time)
{
    public const string BookedBy = "KhataBot (recurring)";

    /// <summary>Returns how many recurring entries had something to book.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // No shop's calendar is more than a day ahead of UTC's.
        var latest = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
        var due = await db.RecurringEntries.AsNoTracking()
            .Where(r => r.CancelledAt == null && r.NextOn <= latest)
            .Join(db.Shops.AsNoTracking(), r => r.ShopId, s => s.Id, (r, s) => new { r.Id, r.NextOn, Shop = s })
            .ToListAsync(cancellationToken);
        var booked = 0;
        foreach (var row in due.Where(r => r.NextOn <= ShopClock.Today(r.Shop, now)))
        {
            await engine.ExecuteAsync(row.Shop.ChatId, BookedBy, new BookRecurring(row.Id), cancellationToken);
            booked++;
        }

        return booked;
    }
}
