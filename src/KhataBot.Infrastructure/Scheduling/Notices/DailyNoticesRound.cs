using KhataBot.Core;
using KhataBot.Core.Budgets;
using KhataBot.Core.Reminders.Notices;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Scheduling.Reminders;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Infrastructure.Scheduling.Notices;

/// <summary>
/// The daily notices of every shop whose reminder time has come: budgets on pace to run over, and last
/// month's summary on the 1st (or when the bot is first up after it, within the month). It reads here, on
/// its own context, and writes only the shops that have something due, each through the book's one writer
/// (docs/decisions/0006); the writer looks the log up again, so a round run twice sends nothing twice.
/// Shops with reminders off, or whose chat no longer takes messages, hear nothing.
/// </summary>
public sealed class DailyNoticesRound(KhataDbContext db, KhataEngine engine, TimeProvider time, PaceChecks paceChecks)
{
    /// <summary>Shops handed to the writer at once: it commits what is queued together (up to
    /// <see cref="KhataEngine.MaxMessagesPerCommit"/>), so the 1st's summaries take one flush per this many shops.</summary>
    private const int ShopsAtOnce = KhataEngine.MaxMessagesPerCommit;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // The same shops as the due reminder round: reminders on, and a chat that still takes messages.
        var shops = (await DueCandidates.ShopsAsync(db, now, cancellationToken)).Values;
        if (shops.Count == 0)
        {
            return 0;
        }

        var budgeted = (await db.Budgets.Where(b => b.AmountPaise > 0).Select(b => b.ShopId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        // Every shop's latest reminder day is within a day of UTC's, so two months back covers every "last month".
        var since = BudgetAlerts.FirstOfMonth(DateOnly.FromDateTime(now.UtcDateTime)).AddMonths(-2);
        var summarised = (await db.MonthlyNotices.Where(n => n.Kind == NoticeKind.MonthSummary && n.Month >= since)
            .Select(n => new { n.ShopId, n.Month }).ToListAsync(cancellationToken))
            .Select(n => (n.ShopId, n.Month)).ToHashSet();
        var sent = 0;
        var writes = new List<Task>();
        // A shop counts as checked once its write has committed: a failed round is retried, and checks again.
        var writing = new List<(long ShopId, DateOnly Day)>();
        foreach (var shop in shops)
        {
            var day = shop.Reminders.ReminderDay;
            // A shop started during the month hears of it from the next month on, not of the month before it began.
            var thisMonth = BudgetAlerts.FirstOfMonth(day);
            var summaryDue = shop.CreatedAt < shop.Reminders.StartOf(thisMonth)
                && !summarised.Contains((shop.Id, thisMonth.AddMonths(-1)));
            var warnings = budgeted.Contains(shop.Id) && !paceChecks.IsDone(shop.Id, day)
                ? await ShopNotices.PaceWarningsAsync(db, shop.Id, day, cancellationToken)
                : [];
            if (summaryDue || warnings.Count > 0)
            {
                // Read here, outside the book's one writer; the write only checks the log and inserts.
                var summary = summaryDue ? await ShopNotices.SummaryBeforeAsync(db, shop.Id, day, cancellationToken) : null;
                var (shopId, chatId) = (shop.Id, shop.ChatId);
                writes.Add(engine.WriteAsync(
                    async book => Interlocked.Add(ref sent, await ShopNotices.SendAsync(book, shopId, chatId, day, warnings, summary, now, cancellationToken)),
                    cancellationToken));
                writing.Add((shop.Id, day));
                if (writes.Count == ShopsAtOnce)
                {
                    await CompleteAsync(writes, writing);
                }

                continue;
            }

            paceChecks.Done(shop.Id, day);
        }

        await CompleteAsync(writes, writing);
        return sent;
    }

    private async Task CompleteAsync(List<Task> writes, List<(long ShopId, DateOnly Day)> writing)
    {
        await Task.WhenAll(writes);
        foreach (var (shopId, day) in writing)
        {
            paceChecks.Done(shopId, day);
        }

        writes.Clear();
        writing.Clear();
    }
}
