using System.Collections.Concurrent;
using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Shops;
using KhataBot.Core.Outbox;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>
/// Drains the outbox to Telegram. Replies to one chat go in order, one at a time; chats take turns, so a
/// busy chat cannot starve the others; <see cref="SendPacer"/> keeps it all inside Telegram's limits. A
/// reply is marked sent only after Telegram took it, so a crash can at worst send a reply again, never
/// lose one. It never gives up on a reply while its chat exists: failures back off to
/// Telegram:OutboxRetryCeiling and go on; only a 403 (the chat blocked the bot) or a 400 (Telegram will never
/// take it) ends a reply, kept as failed with the reason. Woken by the engine after each commit that wrote to
/// the outbox, and now and then for rows another instance wrote.
/// <para>With several instances on one database each sends only the rows it claimed (<see cref="OutboxClaims"/>):
/// its own chats, under a lease it renews while it lives, at its share of Telegram's overall rate. It sends
/// a reply only while its lease has a good while left, so a reply taken over after the lease ran out is not
/// also sent by the instance that had it.</para>
/// </summary>
public sealed class OutboxSender(
    KhataEngine engine,
    OutboxSignal signal,
    ReplyTransmitter transmitter,
    SendPacer pacer,
    OutboxClaims claims,
    SentLog sentLog,
    InstanceRoster roster,
    InstanceHeartbeat heartbeat,
    ChatActivity chats,
    TelegramHealth health,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly TimeSpan _retryCeiling = options.Value.OutboxRetryCeiling;
    private readonly TimeSpan _lateAge = options.Value.LateReplyAge;
    private readonly int _maxInFlight = options.Value.SendsInFlight;
    private readonly int _overallRate = options.Value.MaxMessagesPerSecond;

    private const int LoadBatch = 1000;
    private const int MaxQueued = 5000;
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(1);

    private readonly ConcurrentQueue<SendOutcome> _outcomes = new();
    private readonly Dictionary<long, Queue<PendingReply>> _queues = [];
    private readonly Queue<long> _turns = new();
    private readonly HashSet<long> _busy = [];
    private readonly HashSet<long> _held = [];

    /// <summary>Sent, but still pending in the book until a batch marks them: a look at the table meanwhile
    /// must not take them for new. Forgotten on this loop once the batch is done, never while a look that
    /// may have read the table before the batch's commit is still running.</summary>
    private readonly HashSet<long> _sentNotMarked = [];
    private int _queued;
    private int _inFlight;
    private DateTimeOffset _lastLook;
    private DateTimeOffset _lastLookFromStart;
    private DateTimeOffset _nextRenewal;
    private bool _newRows = true;
    private bool _firstLoad = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await chats.LoadAsync(stoppingToken);
        await MarkLeftOverAsync(stoppingToken);
        // Until the other instances have counted this one, its share would come on top of theirs.
        await heartbeat.Ready.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                pacer.MaxPerSecond = roster.Share(_overallRate);
                await RenewLeaseAsync(stoppingToken);
                if (_newRows && _queued < MaxQueued)
                {
                    _newRows = false;
                    await LoadNewAsync(stoppingToken);
                }

                var wait = StartSends(stoppingToken);
                await RecordOutcomesAsync(CancellationToken.None);
                await signal.WaitAsync(Sooner(wait ?? IdleCheck, MarksDueIn()), time, stoppingToken);
                // New rows after a commit; and now and then regardless, for rows another instance wrote.
                _newRows |= signal.TakeCommitted() || time.GetUtcNow() - _lastLook >= IdleCheck;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The outbox sender failed; it starts again in a second");
                await Task.Delay(TimeSpan.FromSeconds(1), time, CancellationToken.None);
            }
        }

        // What was sent before the stop is recorded, so it is not sent again after a restart.
        while (Volatile.Read(ref _inFlight) > 0)
        {
            await Task.Delay(10, CancellationToken.None);
        }

        await RecordOutcomesAsync(CancellationToken.None);
        await SaveAsync(time.GetUtcNow(), CancellationToken.None, wait: true);
        await _saving;
        // Stopped cleanly: the others may send what this one still held now, not after its lease.
        await claims.ReleaseAsync();
    }

    private async Task LoadNewAsync(CancellationToken ct)
    {
        _lastLook = time.GetUtcNow();
        var fromStart = _firstLoad || _lastLook - _lastLookFromStart >= IdleCheck;
        if (fromStart)
        {
            _lastLookFromStart = _lastLook;
        }

        var (rows, leaseUntil) = await claims.ClaimAsync(LoadBatch, alsoOwn: _firstLoad, fromStart, ct);
        _firstLoad = false;
        foreach (var row in rows)
        {
            if (_sentNotMarked.Contains(row.Id) || !_held.Add(row.Id))
            {
                // Still in memory (its lease ran out and was claimed again): it keeps its place.
                continue;
            }

            if (!_queues.TryGetValue(row.ChatId, out var queue))
            {
                _queues[row.ChatId] = queue = new Queue<PendingReply>();
                _turns.Enqueue(row.ChatId);
            }

            queue.Enqueue(new PendingReply(row) { LeaseUntil = leaseUntil });
            _queued++;
        }

        var claimed = rows.Select(r => r.Id).ToHashSet();
        foreach (var queue in _queues.Values)
        {
            foreach (var reply in queue.Where(r => claimed.Contains(r.Row.Id)))
            {
                reply.LeaseUntil = leaseUntil;
            }
        }

        _newRows |= rows.Count == LoadBatch;
    }

    /// <summary>Every third of the lease: replies whose lease ran out (the database was out of reach) are
    /// let go, since another instance may have them now; the rest are renewed.</summary>
    private async Task RenewLeaseAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now < _nextRenewal)
        {
            return;
        }

        _nextRenewal = now + claims.Lease / 3;
        if (_held.Count == 0)
        {
            return;
        }

        foreach (var (chat, queue) in _queues.ToList())
        {
            if (_busy.Contains(chat) || queue.All(r => r.LeaseUntil > now))
            {
                continue;
            }

            var kept = new Queue<PendingReply>(queue.Where(r => r.LeaseUntil > now));
            foreach (var lost in queue.Where(r => r.LeaseUntil <= now))
            {
                _held.Remove(lost.Row.Id);
                _queued--;
            }

            _queues[chat] = kept;
            _newRows = true;
            logger.LogWarning("The lease on chat {ChatId}'s replies ran out before it was renewed; they are claimed again", chat);
        }

        var leaseUntil = await claims.RenewAsync(ct);
        foreach (var reply in _queues.Values.SelectMany(q => q).Where(r => r.LeaseUntil > now))
        {
            reply.LeaseUntil = leaseUntil;
        }
    }

    /// <summary>One turn for every chat with something to send. Returns how long until a chat that had
    /// to wait may go, if any had to.</summary>
    private TimeSpan? StartSends(CancellationToken ct)
    {
        TimeSpan? shortest = null;
        var now = time.GetUtcNow();
        var turns = _turns.Count;
        for (var i = 0; i < turns && _inFlight < _maxInFlight; i++)
        {
            var chat = _turns.Dequeue();
            if (!_queues.TryGetValue(chat, out var queue) || queue.Count == 0)
            {
                _queues.Remove(chat);
                continue;
            }

            _turns.Enqueue(chat);
            if (_busy.Contains(chat))
            {
                continue;
            }

            var head = queue.Peek();
            if (chats.IsInactive(chat))
            {
                _busy.Add(chat);
                _outcomes.Enqueue(new SendOutcome(head, SendResult.ChatGone, "The chat is inactive (it blocked the bot)."));
                continue;
            }

            if (head.LeaseUntil - now < claims.Lease / 3)
            {
                // Too close to the lease's end to be sure no other instance takes it over mid-send.
                _newRows = true;
                continue;
            }

            var delay = head.NotBefore is { } notBefore && notBefore > now ? notBefore - now : pacer.TryTake(chat);
            if (delay is { } wait)
            {
                shortest = shortest is null || wait < shortest ? wait : shortest;
                continue;
            }

            _busy.Add(chat);
            Interlocked.Increment(ref _inFlight);
            _ = SendAsync(head, ct);
        }

        return shortest;
    }

    private async Task SendAsync(PendingReply reply, CancellationToken ct)
    {
        SendOutcome outcome;
        try
        {
            if (reply is { PartsSent: 0, LateNoted: false } && LateReplies.Note(reply.Row.CreatedAt, time.GetUtcNow(), _lateAge) is { } note)
            {
                // In memory only (the row keeps the words as written); the parts are made again with it.
                reply.Row.Text = note + reply.Row.Text;
                reply.LateNoted = true;
                reply.Parts = null;
            }

            bool done;
            try
            {
                done = await transmitter.SendNextPartAsync(reply, ct);
            }
            finally
            {
                pacer.Finished();
            }

            health.Contacted();
            outcome = new SendOutcome(reply, !done ? SendResult.PartSent : await NoteSentAsync(reply) ? SendResult.SentAndRecorded : SendResult.Sent);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            health.Contacted();
            // A little more than asked: Telegram counts from its side of the wire.
            pacer.HoldChat(reply.ChatId, TimeSpan.FromSeconds(ex.Parameters?.RetryAfter ?? 1) + TimeSpan.FromMilliseconds(500));
            outcome = new SendOutcome(reply, SendResult.Throttled, ex.Message);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            outcome = new SendOutcome(reply, SendResult.ChatGone, ex.Message);
        }
        catch (ApiRequestException ex) when (ex.Parameters?.MigrateToChatId is { } newChat)
        {
            // "Group chat was upgraded to a supergroup": the same people, a new id. The book moves with it.
            outcome = new SendOutcome(reply, SendResult.ChatMoved, ex.Message, newChat);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            // The reply itself is wrong for Telegram (too long, bad markup, no such chat): sending it again cannot help.
            outcome = new SendOutcome(reply, SendResult.Refused, ex.Message);
        }
        catch (ApiRequestException ex)
        {
            // 5xx, and 401/404/409 and the like: Telegram or our settings, not the reply; it waits for them to be fixed.
            outcome = new SendOutcome(reply, SendResult.RetryLater, ex.Message);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            outcome = new SendOutcome(reply, SendResult.Interrupted);
        }
        catch (Exception ex)
        {
            // Unreachable, timed out, or our own bug: the reply is kept and tried again later.
            outcome = new SendOutcome(reply, SendResult.RetryLater, ex.Message);
        }

        _outcomes.Enqueue(outcome);
        Interlocked.Decrement(ref _inFlight);
        signal.Nudge();
    }

    /// <summary>
    /// Notes the reply sent the moment Telegram took it, before the chat's next reply may go: a crash can then
    /// double only the replies on the wire or between Telegram's answer and this note, not a whole batch
    /// waiting to be written. Beside a SQLite book the note is the <see cref="SentLog"/> and the book's mark
    /// follows in the next batch (false); elsewhere the row is marked in the book at once (true), and the
    /// engine puts marks that come together into one commit. False too when the mark could not be written;
    /// it is then tried with the next batch.
    /// </summary>
    private async Task<bool> NoteSentAsync(PendingReply reply)
    {
        var id = reply.Row.Id;
        if (sentLog.Enabled)
        {
            try
            {
                sentLog.Taken(id);
                return false;
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Noting outbox message {Id} in the sent log failed; it is marked in the book instead", id);
            }
        }

        var now = time.GetUtcNow();
        try
        {
            await engine.WriteAsync(db => MarkSentInBookAsync(db, [id], now, CancellationToken.None), CancellationToken.None);
            return true;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Marking outbox message {Id} sent failed; it is tried again with the next batch", id);
            return false;
        }
    }

    /// <summary>Applies what the sends did to the queues, and to the outbox table in one write.</summary>
    private async Task RecordOutcomesAsync(CancellationToken ct)
    {
        if (_outcomes.IsEmpty)
        {
            // Marks that piled up while the last write ran go now, not whenever the next send finishes:
            // until they are written, a restart would send those replies again.
            await SaveAsync(time.GetUtcNow(), ct);
            return;
        }

        var sent = _unsavedSent;
        var changed = _unsavedChanges;
        var gone = new Dictionary<long, string>();
        var now = time.GetUtcNow();
        while (_outcomes.TryDequeue(out var outcome))
        {
            var reply = outcome.Reply;
            _busy.Remove(reply.ChatId);
            switch (outcome.Result)
            {
                case SendResult.SentAndRecorded:
                    Dequeue(reply);
                    break;
                case SendResult.Sent:
                    Dequeue(reply);
                    sent.Add(reply.Row.Id);
                    _sentNotMarked.Add(reply.Row.Id);
                    break;
                case SendResult.Refused:
                    logger.LogWarning("Telegram refused outbox message {Id} for chat {ChatId}: {Error}. It is kept as failed.", reply.Row.Id, reply.ChatId, outcome.Error);
                    Dequeue(reply);
                    reply.Row.Status = OutboxStatus.Failed;
                    reply.Row.LastError = outcome.Error;
                    changed.Add(reply);
                    break;
                case SendResult.RetryLater:
                    reply.Row.Attempts++;
                    reply.Row.LastError = outcome.Error;
                    reply.NotBefore = reply.Row.NotBefore = now + Backoff(reply.Row.Attempts);
                    logger.LogWarning("Sending to chat {ChatId} failed ({Error}); outbox message {Id} is tried again at {NotBefore:O} (attempt {Attempts})",
                        reply.ChatId, outcome.Error, reply.Row.Id, reply.NotBefore, reply.Row.Attempts);

                    changed.Add(reply);
                    break;
                case SendResult.ChatGone:
                    gone[reply.ChatId] = outcome.Error ?? "gone";
                    break;
                case SendResult.ChatMoved:
                    await MoveChatAsync(reply.ChatId, outcome.MovedTo!.Value, ct);
                    break;
            }
        }

        foreach (var (chatId, reason) in gone)
        {
            logger.LogWarning("Chat {ChatId} cannot be reached ({Reason}); nothing more is sent to it until it writes again", chatId, reason);
            await chats.MarkInactiveAsync(chatId, reason, ct);
            if (_queues.Remove(chatId, out var queue))
            {
                foreach (var reply in queue)
                {
                    reply.Row.Status = OutboxStatus.Failed;
                    reply.Row.LastError = reason;
                    changed.Add(reply);
                    _held.Remove(reply.Row.Id);
                    _queued--;
                }
            }
        }

        await SaveAsync(now, ct);
    }

    private readonly List<long> _unsavedSent = [];
    private readonly List<PendingReply> _unsavedChanges = [];
    private Task<List<long>> _saving = Task.FromResult<List<long>>([]);

    /// <summary>Marks of replies the <see cref="SentLog"/> already holds wait this long, or until this many
    /// are waiting, and go in one commit: under a steady stream one fsync a quarter second instead of one a
    /// reply, which would take as long again as booking the message.</summary>
    private static readonly TimeSpan MarksWaitAtMost = TimeSpan.FromMilliseconds(250);

    private const int MarksPerCommit = 500;

    private DateTimeOffset? _firstUnsavedMark;

    private TimeSpan? MarksDueIn() =>
        _firstUnsavedMark is { } first ? first + MarksWaitAtMost - time.GetUtcNow() : null;

    private static TimeSpan Sooner(TimeSpan wait, TimeSpan? other) => other is { } o && o < wait ? o : wait;

    /// <summary>
    /// Writes what the sends did through the book's one writer (it joins the next group commit instead of
    /// waiting on SQLite's lock). One write at a time runs in the background while sending goes on; what
    /// piles up meanwhile goes in the next one.
    /// </summary>
    private async Task SaveAsync(DateTimeOffset now, CancellationToken ct, bool wait = false)
    {
        if (!_saving.IsCompleted && !wait)
        {
            return;
        }

        _sentNotMarked.ExceptWith(await _saving);
        _saving = Task.FromResult<List<long>>([]);
        if (_unsavedSent.Count == 0 && _unsavedChanges.Count == 0)
        {
            return;
        }

        _firstUnsavedMark ??= now;
        if (!wait && _unsavedChanges.Count == 0 && _unsavedSent.Count < MarksPerCommit && now - _firstUnsavedMark < MarksWaitAtMost)
        {
            return;
        }

        _firstUnsavedMark = null;
        var sent = _unsavedSent.ToList();
        var changed = _unsavedChanges.Select(r => r.Row).ToList();
        _unsavedSent.Clear();
        _unsavedChanges.Clear();
        _saving = SaveBatchAsync(sent, changed, now);
    }

    /// <summary>Returns the replies now marked sent in the book (none when the write failed).</summary>
    private async Task<List<long>> SaveBatchAsync(List<long> sent, List<OutboxMessage> changed, DateTimeOffset now)
    {
        var ct = CancellationToken.None; // what was sent is recorded even while stopping
        try
        {
            await engine.WriteAsync(async db =>
            {
                if (sent.Count > 0)
                {
                    await MarkSentInBookAsync(db, sent, now, ct);
                }

                foreach (var row in changed)
                {
                    await db.OutboxMessages.Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.Status, row.Status)
                        .SetProperty(m => m.Attempts, row.Attempts)
                        .SetProperty(m => m.NotBefore, row.NotBefore)
                        .SetProperty(m => m.LastError, row.LastError), ct);
                }
            }, ct);
            sentLog.MarkedInBook(sent);
            return sent;
        }
        catch (Exception ex)
        {
            // Still pending in the table (and in the sent log, which a restart reads first): this process does
            // not send them again, since they stay among the sent-but-not-marked.
            logger.LogError(ex, "Recording {Count} sent replies failed", sent.Count + changed.Count);
            return [];
        }
        finally
        {
            signal.Nudge(); // what piled up during this write is written next
        }
    }

    /// <summary>Replies a process that ended before its batch left in the <see cref="SentLog"/> are marked sent
    /// in the book before anything is sent, so they do not go out again. Tried until it works: sending first
    /// would double them.</summary>
    private async Task MarkLeftOverAsync(CancellationToken ct)
    {
        var left = sentLog.LeftOver();
        while (left.Count > 0)
        {
            try
            {
                var now = time.GetUtcNow();
                await engine.WriteAsync(db => MarkSentInBookAsync(db, left, now, ct), ct);
                sentLog.MarkedInBook(left);
                logger.LogInformation("{Count} replies Telegram took before the last stop are marked sent", left.Count);
                return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Marking {Count} replies from the sent log failed; trying again in a second", left.Count);
                await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
            }
        }
    }

    /// <summary>The one way a reply becomes sent in the book: as it goes, in a batch, or from the sent log at
    /// start. Only a pending row is marked, so a mark written twice (the log read again after its batch
    /// committed) keeps the first time it was sent.</summary>
    private static Task MarkSentInBookAsync(IKhataDb db, IReadOnlyCollection<long> ids, DateTimeOffset now, CancellationToken ct) =>
        db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now), ct);

    /// <summary>Moves the book and the replies waiting for the old chat (in the outbox and here) to the supergroup's id.</summary>
    private async Task MoveChatAsync(long from, long to, CancellationToken ct)
    {
        await engine.WriteAsync(async db => await ChatMigration.MoveAsync(db, from, to, ct), ct);
        if (_queues.Remove(from, out var queue))
        {
            if (!_queues.TryGetValue(to, out var target))
            {
                _queues[to] = target = new Queue<PendingReply>();
            }

            foreach (var reply in queue)
            {
                reply.Row.ChatId = to;
                target.Enqueue(reply);
            }
        }

        logger.LogInformation("Chat {From} became supergroup {To}; its replies go there", from, to);
    }

    private void Dequeue(PendingReply reply)
    {
        if (_queues.TryGetValue(reply.ChatId, out var queue) && queue.Count > 0 && ReferenceEquals(queue.Peek(), reply))
        {
            queue.Dequeue();
            _held.Remove(reply.Row.Id);
            _queued--;
        }
    }

    /// <summary>2 s, 4 s, 8 s ... up to the ceiling (5 minutes unless set), for as long as it takes.</summary>
    private TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(_retryCeiling.TotalSeconds, Math.Pow(2, Math.Min(attempts, 30))));
}
