using System.Threading.Channels;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KhataBot.Core;

/// <summary>
/// The one path every message takes, whatever the transport. SQLite has a single writer, so the engine
/// has one too: messages queue up and a writer loop runs them one by one in the order they came. What
/// arrives together (many chats at once) shares one transaction and so one disk flush: group commit.
/// Each message runs inside its own savepoint, so one that fails is rolled back alone and the others
/// still land. A reply is handed back only after the commit that holds its change; a commit that fails is
/// tried again, and given up only after Book:GiveUpAfter, with a typed <see cref="MessageOutcome.NotSaved"/>.
/// </summary>
public sealed class KhataEngine : IAsyncDisposable
{
    public const string ForeignButton = "That button belongs to another chat's book, so nothing was changed.";

    public const string SomethingWentWrong = "Sorry, that did not work and nothing was changed. Please try again.";

    /// <summary>The answer to a message that failed on its own (rolled back alone); typed, so no one compares words.</summary>
    internal static Reply Failure => new(SomethingWentWrong) { Outcome = MessageOutcome.Failed };

    /// <summary>How many queued messages may share one commit. Bounds the wait a message can add to
    /// the others' replies (each takes well under a millisecond).</summary>
    public const int MaxMessagesPerCommit = 64;

    private readonly Channel<PendingMessage> _queue = Channel.CreateUnbounded<PendingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<KhataEngine> _logger;
    private readonly IOutboxListener? _outbox;
    private readonly TimeSpan _giveUpAfter;
    private readonly Task _writer;

    /// <summary>Why the writer's session could not be opened last time (read by the same writer loop).</summary>
    private Exception? _lastOpenFailure;

    public KhataEngine(IServiceScopeFactory scopes, TimeProvider time, ILogger<KhataEngine> logger, IOutboxListener? outbox = null, IOptions<BookOptions>? book = null)
    {
        _giveUpAfter = book?.Value.GiveUpAfter ?? new BookOptions().GiveUpAfter;
        _scopes = scopes;
        _time = time;
        _logger = logger;
        _outbox = outbox;
        _writer = Task.Run(WriteAsync);
    }

    public Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        EnqueueAsync(PendingMessage.For(message, context => MessageParser.Parse(message.Text, context)), cancellationToken);

    /// <summary>Runs a command the transport understood itself (an edited message), with the message's sender,
    /// chat and delivery.</summary>
    public Task<Reply> HandleAsync(IncomingMessage message, Command command, CancellationToken cancellationToken) =>
        EnqueueAsync(PendingMessage.For(message, _ => command), cancellationToken);

    /// <summary>Runs bookkeeping writes (the outbox sender marking replies sent) through the one writer, in
    /// the next group commit, so they never wait on SQLite's lock against the book's own writes.</summary>
    public async Task WriteAsync(Func<IKhataDb, Task> write, CancellationToken cancellationToken)
    {
        var reply = await EnqueueAsync(new PendingMessage(runner => runner.RunWriteAsync(write), DeliveryKey: null), cancellationToken);
        if (reply.Outcome is not MessageOutcome.Applied)
        {
            throw new InvalidOperationException($"The write was rolled back ({reply.NotSavedReason ?? "see the log"}).");
        }
    }

    /// <summary>Runs an already-parsed command, exactly as if it had been typed.</summary>
    public Task<Reply> ExecuteAsync(long chatId, string senderName, Command command, CancellationToken cancellationToken) =>
        EnqueueAsync(PendingMessage.For(new IncomingMessage(chatId, senderName, ""), _ => command), cancellationToken);

    private async Task<Reply> EnqueueAsync(PendingMessage pending, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(KhataEngine), "The engine is shutting down.");
        }

        // A caller that gives up stops waiting; the message itself still runs and commits or not as a whole.
        return await pending.Reply.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAsync()
    {
        var batch = new List<PendingMessage>(MaxMessagesPerCommit);
        WriterSession? session = null;
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                while (batch.Count < MaxMessagesPerCommit && _queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                session = await CommitOrGiveUpAsync(session, batch);
                batch.Clear();
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Commits the batch, trying again with a growing pause while the commit fails (another process holds
    /// SQLite's lock, the disk is full), until <see cref="BookOptions.GiveUpAfter"/> has passed. Nothing else
    /// is written meanwhile, so every chat's messages still reach the book in the order they came. Given up,
    /// each message is answered <see cref="MessageOutcome.NotSaved"/>. Returns the session for the next batch.
    /// </summary>
    private async Task<WriterSession?> CommitOrGiveUpAsync(WriterSession? session, List<PendingMessage> batch)
    {
        DateTimeOffset? firstFailure = null;
        var pause = FirstRetryPause;
        var conflicts = 0;
        while (true)
        {
            session ??= await OpenSessionAsync();
            var failure = await CommitTogetherAsync(session, batch, rerunConflicts: conflicts < MaxConflictRetries);
            if (failure is null)
            {
                if (firstFailure is { } since)
                {
                    _logger.LogInformation("Committed {Count} messages after failing for {Elapsed}", batch.Count, _time.GetUtcNow() - since);
                }

                return session;
            }

            // The session is not trusted after a failed commit.
            if (session is not null)
            {
                await session.DisposeAsync();
                session = null;
            }

            // Another instance committed the same key first: run the batch again at once, from what is committed
            // now. A conflict that comes back every time is no race but a fault: the last run fails the message
            // that meets it, alone, as any other fault.
            if (WriteConflictException.Is(failure) && ++conflicts <= MaxConflictRetries)
            {
                _logger.LogDebug(failure, "Another writer committed the same rows first; running {Count} messages again", batch.Count);
                continue;
            }

            var now = _time.GetUtcNow();
            firstFailure ??= now;
            // The host is shutting down and its services are gone: no later try can open the book, so the
            // batch is answered now rather than holding up the shutdown until Book:GiveUpAfter.
            if (now - firstFailure >= _giveUpAfter || failure.GetBaseException() is ObjectDisposedException)
            {
                _logger.LogError(failure, "Gave up on {Count} messages after {Elapsed} of failed commits (Book:GiveUpAfter); each chat is told they were not saved. Why: {Reason}",
                    batch.Count, now - firstFailure, Reason(failure));
                foreach (var pending in batch)
                {
                    pending.Reply.TrySetResult(NotSaved(pending.Text, Reason(failure)));
                }

                return null;
            }

            _logger.LogWarning(failure, "Committing {Count} messages failed; nothing was saved or confirmed; trying again in {Pause} (giving up at {GiveUpAt:O})",
                batch.Count, pause, firstFailure + _giveUpAfter);
            await Task.Delay(pause, _time);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestRetryPause.Ticks));
        }
    }

    /// <summary>Immediate reruns of a batch that lost a race to another writer (PostgreSQL, several instances).</summary>
    private const int MaxConflictRetries = 5;

    private static readonly TimeSpan FirstRetryPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestRetryPause = TimeSpan.FromSeconds(5);

    /// <summary>The answer to a message the book could not take: the chat must send it again.</summary>
    public static Reply NotSaved(string text, string reason)
    {
        var what = string.IsNullOrWhiteSpace(text) ? "your last message" : $"“{(text.Length <= 100 ? text : text[..99] + "…")}”";
        return new Reply($"Not saved: {what}. The book could not be written just now, so nothing was changed. Please send it again.")
        {
            Outcome = MessageOutcome.NotSaved,
            NotSavedReason = reason,
        };
    }

    private static string Reason(Exception failure) => failure.GetBaseException().Message;

    /// <summary>The writer's session, or none when the database cannot be opened: the batch then fails
    /// and is tried again.</summary>
    private async Task<WriterSession?> OpenSessionAsync()
    {
        try
        {
            return await WriterSession.OpenAsync(_scopes);
        }
        catch (ObjectDisposedException ex)
        {
            _lastOpenFailure = ex;
            return null;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Opening the book's database failed");
            _lastOpenFailure = ex;
            return null;
        }
    }

    /// <summary>Runs the batch in one transaction and hands out the replies. Returns the exception when it
    /// ended in one (a failed commit, or no session to run it in): nothing is handed out then, the batch is
    /// run again or given up. A batch that is rolled back because nothing in it was kept still ends cleanly.</summary>
    private async Task<Exception?> CommitTogetherAsync(WriterSession? session, List<PendingMessage> batch, bool rerunConflicts)
    {
        var replies = new Reply[batch.Count];
        try
        {
            if (session is null)
            {
                throw new InvalidOperationException("The book's database could not be opened.", _lastOpenFailure);
            }

            var runner = new MessageRunner(session.Services, _time, _logger, rerunConflicts);
            await using var transaction = await runner.BeginAsync();
            await runner.RememberHandledAsync([.. batch.Select(p => p.DeliveryKey).OfType<string>()]);
            var commit = true;
            if (batch.Count == 1)
            {
                // Alone, a message needs no savepoint: what it should not keep goes with the transaction.
                (replies[0], commit) = await batch[0].Run(runner);
            }
            else
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    replies[i] = await runner.RunInGroupAsync(batch[i].Run);
                }
            }

            if (commit)
            {
                await transaction.CommitAsync();
                _logger.LogDebug("Committed {Count} messages together", batch.Count);
                if (runner.WroteOutbox)
                {
                    _outbox?.OutboxChanged();
                }
            }
            else
            {
                await transaction.RollbackAsync();
            }
        }
        catch (Exception ex)
        {
            // The commit itself failed (disk full, database locked too long): none of these changes
            // landed, so none of them may be confirmed.
            return ex;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Reply.TrySetResult(replies[i]);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    /// <summary>Work waiting for the writer: a message for the book, or a bookkeeping write. Run may be called
    /// again after a failed commit: it starts from what is in the database each time.</summary>
    private sealed record PendingMessage(Func<MessageRunner, Task<(Reply Reply, bool Keep)>> Run, string? DeliveryKey, string Text = "")
    {
        public static PendingMessage For(IncomingMessage message, Func<ParseContext, Command> understand) =>
            new(runner => runner.RunAsync(message, understand), message.Delivery?.Key, message.Text);

        public TaskCompletionSource<Reply> Reply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
