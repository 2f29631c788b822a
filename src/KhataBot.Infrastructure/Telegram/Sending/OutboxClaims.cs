using KhataBot.Core;
using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>
/// Takes outbox rows for this instance to send, with a lease (ClaimedBy, LeaseUntilMs), so several instances
/// on one database never send one reply twice. The claim is a conditional UPDATE: a row is taken only while
/// no one else's lease on it is live, and the database lets one of two racing updates win (on PostgreSQL the
/// loser waits for the winner's commit and then sees the row taken). One code path on both providers; on
/// SQLite one process owns the book and always wins.
/// <para>A chat is sent to by one instance at a time, so its replies keep their order and its pace: the
/// chats are split among the live instances by id (<see cref="InstanceRoster"/>), and a chat with a row
/// under another instance's live lease is left alone until that lease ends (a dead instance's rows are
/// taken over then, in order).</para>
/// <para>On SQLite the process owns the book (<see cref="BookLocation.OneProcess"/>): there is no one to
/// claim from, so rows are only read, never written, and a claim costs no commit (an fsync each). There the
/// rows already read are not read again: the look starts after the last id it saw, and now and then from the
/// start (a pruned table can hand out an id again).</para>
/// </summary>
public sealed class OutboxClaims(KhataEngine engine, IServiceScopeFactory scopes, InstanceRoster roster, BookLocation book, TimeProvider time, IOptions<InstanceOptions> options)
{
    private readonly TimeSpan _lease = options.Value.OutboxLease;

    /// <summary>The highest id read on a one-process book; a look from the start resets it.</summary>
    private long _seenUpTo;

    public TimeSpan Lease => _lease;

    /// <summary>Claims up to <paramref name="limit"/> pending rows of this instance's chats, oldest first,
    /// and returns them with their files. <paramref name="alsoOwn"/>: rows already claimed under this
    /// instance's name (a restart under a fixed Instance:Name) are taken again. <paramref name="fromStart"/>:
    /// on a one-process book, rows with ids below the last one seen are looked at too.</summary>
    internal async Task<(List<OutboxMessage> Rows, DateTimeOffset LeaseUntil)> ClaimAsync(int limit, bool alsoOwn, bool fromStart, CancellationToken ct)
    {
        if (book.OneProcess)
        {
            return (await ReadAsync(limit, fromStart, ct), DateTimeOffset.MaxValue);
        }

        var me = roster.Me;
        var (count, slot) = (roster.Count, roster.Slot);
        var now = time.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();

        var othersChats = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.ClaimedBy != null && m.ClaimedBy != me && m.LeaseUntilMs >= nowMs)
            .Select(m => m.ChatId).Distinct().ToListAsync(ct);
        var free = db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && (m.ClaimedBy == null || m.LeaseUntilMs < nowMs || (alsoOwn && m.ClaimedBy == me)));
        if (count > 1)
        {
            free = free.Where(m => ((m.ChatId % count) + count) % count == slot);
        }

        if (othersChats.Count > 0)
        {
            free = free.Where(m => !othersChats.Contains(m.ChatId));
        }

        var ids = await free.OrderBy(m => m.Id).Take(limit).Select(m => m.Id).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return ([], now);
        }

        var leaseUntil = now + _lease;
        var untilMs = leaseUntil.ToUnixTimeMilliseconds();
        await engine.WriteAsync(async book => await book.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.ClaimedBy == null || m.LeaseUntilMs < nowMs || m.ClaimedBy == me))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, me).SetProperty(m => m.LeaseUntilMs, untilMs), ct), ct);

        var rows = await db.OutboxMessages.AsNoTracking().Include(m => m.Files)
            .Where(m => ids.Contains(m.Id) && m.ClaimedBy == me && m.LeaseUntilMs == untilMs && m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.Id)
            .ToListAsync(ct);
        return (rows, leaseUntil);
    }

    /// <summary>The pending rows of a book no one else writes to, oldest first, with their files.</summary>
    private async Task<List<OutboxMessage>> ReadAsync(int limit, bool fromStart, CancellationToken ct)
    {
        var after = fromStart ? 0 : _seenUpTo;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        var rows = await db.OutboxMessages.AsNoTracking().Include(m => m.Files)
            .Where(m => m.Status == OutboxStatus.Pending && m.Id > after)
            .OrderBy(m => m.Id)
            .Take(limit)
            .ToListAsync(ct);
        if (rows.Count > 0)
        {
            _seenUpTo = fromStart ? rows[^1].Id : Math.Max(_seenUpTo, rows[^1].Id);
        }
        else if (fromStart)
        {
            _seenUpTo = 0;
        }

        return rows;
    }

    /// <summary>Renews the lease on every row this instance still has to send. Returns the new end.</summary>
    internal async Task<DateTimeOffset> RenewAsync(CancellationToken ct)
    {
        if (book.OneProcess)
        {
            return DateTimeOffset.MaxValue;
        }

        var me = roster.Me;
        var leaseUntil = time.GetUtcNow() + _lease;
        var untilMs = leaseUntil.ToUnixTimeMilliseconds();
        await engine.WriteAsync(async book => await book.OutboxMessages
            .Where(m => m.ClaimedBy == me && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntilMs, untilMs), ct), ct);
        return leaseUntil;
    }

    /// <summary>Lets go of every row this instance still holds (a clean stop), so the others need not wait
    /// for the leases. If the write fails, they end by themselves.</summary>
    internal async Task ReleaseAsync()
    {
        if (book.OneProcess)
        {
            return;
        }

        var me = roster.Me;
        try
        {
            await engine.WriteAsync(async book => await book.OutboxMessages
                .Where(m => m.ClaimedBy == me && m.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.LeaseUntilMs, (long?)null), CancellationToken.None), CancellationToken.None);
        }
        catch (Exception)
        {
            // Stopping: the rows' leases end by themselves and the others take them then.
        }
    }
}
