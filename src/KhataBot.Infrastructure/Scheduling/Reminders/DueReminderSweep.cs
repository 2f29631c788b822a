using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Outbox;
using KhataBot.Core.Reminders;
using KhataBot.Core.Reminders.Customers;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

public sealed record SweepResult(int Shops, int Reminders);

/// <summary>
/// One due reminder round over every shop: each shop whose dues have a reminder due gets one message in
/// the outbox listing them. The book is the source of truth, so a round after downtime sends what was
/// missed, once. Each reminder's row in the reminder log (unique per due, stage and day) is inserted in
/// the same transaction as the message, and only the reminders whose row was new are put in it: a round
/// run twice, or two at once, sends every reminder exactly once. A customer who opened his link gets his
/// own polite reminder of the same dues in the same transaction, so he too hears of each once. The round
/// reads on its own connection and writes through the book's one writer (docs/decisions/0006), so it
/// never waits on SQLite's lock against the chats' messages, nor they on it.
/// </summary>
public sealed class DueReminderSweep(KhataDbContext db, KhataEngine engine, TimeProvider time, IOutboxListener? outbox = null)
{
    /// <summary>Shops written per write. Small writes keep a chat's message from waiting behind a whole round.</summary>
    public const int ShopsPerCommit = 500;

    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var shops = await DueCandidates.ShopsAsync(db, now, cancellationToken);
        var unsent = await DueCandidates.UnsentAsync(db, shops, cancellationToken);
        var result = new SweepResult(0, 0);
        foreach (var chunk in unsent.OrderBy(s => s.Key).Chunk(ShopsPerCommit))
        {
            var written = await SendAsync([.. chunk.Select(s => (shops[s.Key], s.Value))], now, cancellationToken);
            result = new SweepResult(result.Shops + written.Shops, result.Reminders + written.Reminders);
        }

        if (result.Reminders > 0)
        {
            outbox?.OutboxChanged();
        }

        return result;
    }

    private async Task<SweepResult> SendAsync(IReadOnlyList<(RemindedShop Shop, List<DueCandidate> Dues)> shops, DateTimeOffset now, CancellationToken ct)
    {
        var result = new SweepResult(0, 0);
        await engine.WriteAsync(async book => result = await WriteAsync(book.Database, shops, now, ct), ct);
        return result;
    }

    /// <summary>Runs inside the engine's transaction: the log rows and the messages commit together or not at all.</summary>
    private static async Task<SweepResult> WriteAsync(DatabaseFacade book, IReadOnlyList<(RemindedShop Shop, List<DueCandidate> Dues)> shops, DateTimeOffset now, CancellationToken ct)
    {
        var (connection, dbTransaction) = (book.GetDbConnection(), book.CurrentTransaction!.GetDbTransaction());
        var fresh = await new ReminderLogWriter(connection, dbTransaction, now).InsertAsync([.. shops.SelectMany(s => s.Dues.Select(d => (s.Shop.Id, d)))], ct);
        var customers = shops.SelectMany(s => s.Dues).Where(d => fresh.Contains(d.EntryId)).Select(d => d.CustomerId).ToList();
        var names = await CustomerNamesQuery.NamesAsync(connection, dbTransaction, customers, ct);
        var customerChats = await CustomerChatsQuery.ChatsAsync(connection, dbTransaction, customers, ct);
        await using var messages = new OutboxInsert(connection, dbTransaction);
        var (shopCount, reminderCount) = (0, 0);
        foreach (var (shop, dues) in shops)
        {
            var sent = dues.Where(d => fresh.Contains(d.EntryId)).ToList();
            if (sent.Count == 0)
            {
                continue;
            }

            var today = shop.Reminders.Today;
            await messages.AddAsync(OutboxWriter.Create(shop.ChatId, DueReminderText.For([.. sent.Select(d => d.Reminder(names[d.CustomerId]))], today), shop.Id, now), ct);
            foreach (var customer in sent.GroupBy(d => d.CustomerId).Where(c => customerChats.ContainsKey(c.Key)))
            {
                // The customer hears of the same dues, in the same round, in his own words; no buttons, no shop.
                var text = CustomerReminderText.For(shop.Sender, names[customer.Key], [.. customer.Select(d => d.Reminder(names[customer.Key]))], today, linkedChat: true);
                foreach (var (_, chat) in customerChats[customer.Key].Where(c => c.ShopId == shop.Id))
                {
                    await messages.AddAsync(OutboxWriter.Create(chat, new Reply(text), shopId: null, now), ct);
                }
            }

            shopCount++;
            reminderCount += sent.Count;
        }

        return new SweepResult(shopCount, reminderCount);
    }
}
