using System.Threading.Channels;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KhataBot.Core;

/// <summary>
/// The one path every message takes, whatever the transport. SQLite has a single writer, so the engine
/// has one too: messages queue up and a writer loop runs them one by one in the order they came. What
/// arrives together (many chats at once) shares one transaction and so one disk flush: group commit.
/// Each message runs inside its own savepoint, so one that fails is rolled back alone and the others
/// still land. A reply is handed back only after the commit that holds its change.
/// </summary>
public sealed class KhataEngine : IAsyncDisposable
{
    public const string ForeignButton = "That button belongs to another chat's book, so nothing was changed.";

    public const string SomethingWentWrong = "Sorry, that did not work and nothing was changed. Please try again.";

    /// <summary>How many queued messages may share one commit. Bounds the wait a message can add to
    /// the others' replies (each takes well under a millisecond).</summary>
    public const int MaxMessagesPerCommit = 64;

    private readonly Channel<PendingMessage> _queue = Channel.CreateUnbounded<PendingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<KhataEngine> _logger;
    private readonly IOutboxListener? _outbox;
    private readonly Task _writer;

    public KhataEngine(IServiceScopeFactory scopes, TimeProvider time, ILogger<KhataEngine> logger, IOutboxListener? outbox = null)
    {
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
        if (reply.Text == SomethingWentWrong)
        {
            throw new InvalidOperationException("The write was rolled back; see the log.");
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

                if (!await CommitTogetherAsync(session ??= await OpenSessionAsync(), batch) && session is not null)
                {
                    await session.DisposeAsync();
                    session = null;
                }

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

    /// <summary>The writer's session, or none when the database cannot be opened: the batch is then
    /// answered "nothing was changed" and the next one tries again.</summary>
    private async Task<WriterSession?> OpenSessionAsync()
    {
        try
        {
            return await WriterSession.OpenAsync(_scopes);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Opening the book's database failed");
            return null;
        }
    }

    /// <summary>Runs the batch in one transaction and hands out the replies. False when it ended in an
    /// exception (a failed commit, or no session to run it in): the session is then not trusted with the
    /// next batch. A batch that is rolled back because nothing in it was kept still ends cleanly.</summary>
    private async Task<bool> CommitTogetherAsync(WriterSession? session, List<PendingMessage> batch)
    {
        var replies = new Reply[batch.Count];
        var endedCleanly = false;
        try
        {
            if (session is null)
            {
                throw new InvalidOperationException("The book's database could not be opened.");
            }

            var runner = new MessageRunner(session.Services, _time, _logger);
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

            endedCleanly = true;
        }
        catch (Exception ex)
        {
            // The commit itself failed (disk full, database locked too long): none of these changes
            // landed, so none of them may be confirmed.
            _logger.LogError(ex, "Committing {Count} messages failed; all were rolled back", batch.Count);
            Array.Fill(replies, new Reply(SomethingWentWrong));
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Reply.TrySetResult(replies[i]);
        }

        return endedCleanly;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    /// <summary>Work waiting for the writer: a message for the book, or a bookkeeping write.</summary>
    private sealed record PendingMessage(Func<MessageRunner, Task<(Reply Reply, bool Keep)>> Run, string? DeliveryKey)
    {
        public static PendingMessage For(IncomingMessage message, Func<ParseContext, Command> understand) =>
            new(runner => runner.RunAsync(message, understand), message.Delivery?.Key);

        public TaskCompletionSource<Reply> Reply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
