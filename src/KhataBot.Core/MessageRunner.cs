using KhataBot.Core.Abstractions;
using KhataBot.Core.CustomerLinks;
using KhataBot.Core.Ledger;
using KhataBot.Core.Outbox;
using KhataBot.Core.Parsing;
using KhataBot.Core.Questions;
using KhataBot.Core.Shops;
using KhataBot.Core.Shops.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KhataBot.Core;

/// <summary>
/// Runs messages one after another inside the engine's open transaction: find the chat's shop, parse,
/// check the sender may do it, run the handler, save. In a group each message has its own savepoint; a
/// failure or a refusal rolls back to it, so nothing half-written stays in the book and the messages
/// around it are untouched. A delivered message (<see cref="Delivery"/>) also leaves its key and its
/// reply in the outbox, in the same transaction.
/// </summary>
/// <param name="rerunConflicts">A lost race (<see cref="WriteConflictException"/>) fails the whole commit, to be
/// run again, rather than the message alone.</param>
internal sealed class MessageRunner(IServiceProvider services, TimeProvider time, ILogger logger, bool rerunConflicts = false)
{
    private const string MessageSavepoint = "message";
    private const string BookSavepoint = "book";

    private readonly IKhataDb _db = services.GetRequiredService<IKhataDb>();
    private IDbContextTransaction? _transaction;

    /// <summary>The savepoint the current message runs in, when it shares the transaction with others.</summary>
    private string? _savepoint;

    /// <summary>The shop the current message acts on, once known: its buttons are bound to it.</summary>
    private long? _shopId;

    /// <summary>Delivery keys of this group already handled (looked up once per group) or handled just now.</summary>
    private readonly HashSet<string> _handled = [];

    /// <summary>Whether something committed with this runner waits in the outbox.</summary>
    public bool WroteOutbox { get; private set; }

    public async Task<IDbContextTransaction> BeginAsync()
    {
        // The runner rolls back per message with its own savepoint; the one EF would add around every
        // save (two more statements each time) buys nothing.
        _db.Database.AutoSavepointsEnabled = false;
        _transaction = await _db.BeginBookTransactionAsync(CancellationToken.None);
        return _transaction;
    }

    /// <summary>Runs one message (or write) of a group inside its own savepoint: what it changed is kept, or
    /// rolled back to the savepoint alone (refused or failed), and the group's commit goes on.</summary>
    public async Task<Reply> RunInGroupAsync(Func<MessageRunner, Task<(Reply Reply, bool Keep)>> work)
    {
        var transaction = Transaction;
        await transaction.CreateSavepointAsync(MessageSavepoint);
        _savepoint = MessageSavepoint;
        var (reply, keep) = await work(this);
        _savepoint = null;
        if (keep)
        {
            await transaction.ReleaseSavepointAsync(MessageSavepoint);
        }
        else
        {
            await transaction.RollbackToSavepointAsync(MessageSavepoint);
        }

        return reply;
    }

    /// <summary>Runs a message that has the transaction to itself: no savepoint is needed, the caller
    /// commits only when <c>Keep</c> is true and otherwise rolls the whole transaction back.</summary>
    public Task<(Reply Reply, bool Keep)> RunAsync(IncomingMessage message, Func<ParseContext, Command> understand) =>
        message.Delivery is { } delivery ? RunDeliveredAsync(message, delivery, understand) : RunOnBookAsync(message, understand);

    /// <summary>A bookkeeping write (not a message): kept, or rolled back with its savepoint if it fails.</summary>
    public async Task<(Reply Reply, bool Keep)> RunWriteAsync(Func<IKhataDb, Task> write)
    {
        try
        {
            await write(_db);
            // A write may put a message in the outbox (a one-off reminder): the sender is told after the commit.
            WroteOutbox |= Tracked<OutboxMessage>().Any(e => e.State == EntityState.Added);
            await _db.SaveChangesAsync();
            return ("", true);
        }
        catch (Exception ex) when (rerunConflicts && WriteConflictException.Is(ex))
        {
            throw new WriteConflictException(ex);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A bookkeeping write failed; it was rolled back");
            return (KhataEngine.Failure, false);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private IDbContextTransaction Transaction => _transaction ?? throw new InvalidOperationException("Begin the transaction first.");

    /// <summary>At most once, answered through the outbox: even a refused message leaves its key and its
    /// reply, so a second delivery is recognised and the reply goes out whatever happens to the process.</summary>
    private async Task<(Reply Reply, bool Keep)> RunDeliveredAsync(IncomingMessage message, Delivery delivery, Func<ParseContext, Command> understand)
    {
        // The engine looked the group's keys up before running it (RememberHandledAsync).
        if (_handled.Contains(delivery.Key))
        {
            return (Reply.AlreadyHandled, false);
        }

        // In a group the message's own savepoint serves; alone, the message needs one to go back to.
        var transaction = Transaction;
        var savepoint = _savepoint ?? BookSavepoint;
        if (_savepoint is null)
        {
            await transaction.CreateSavepointAsync(savepoint);
        }

        // Kept: the delivery's rows are saved with the change itself, in one save.
        var (reply, keep) = await RunOnBookAsync(message, understand, kept => RecordDelivery(message, delivery, kept));
        if (!keep)
        {
            // Refused or failed: the book is put back, but the delivery and its reply are still kept.
            await transaction.RollbackToSavepointAsync(savepoint);
            RecordDelivery(message, delivery, reply with { EntryNumber = null });
            await _db.SaveChangesAsync();
            _db.ChangeTracker.Clear();
        }

        if (_savepoint is null)
        {
            await transaction.ReleaseSavepointAsync(savepoint);
        }

        _handled.Add(delivery.Key);
        WroteOutbox = true;
        return (reply, true);
    }

    private void RecordDelivery(IncomingMessage message, Delivery delivery, Reply reply)
    {
        var now = time.GetUtcNow();
        _db.ProcessedDeliveries.Add(new ProcessedDelivery
        {
            Key = delivery.Key,
            ChatId = message.ChatId,
            MessageId = delivery.MessageId,
            EntryNumber = reply.EntryNumber,
            At = now,
        });
        OutboxWriter.Add(_db, message.ChatId, reply, _shopId, now);
    }

    /// <summary>Looks up, in one query, which of a group's deliveries were handled before. The engine calls
    /// it for every group before running it.</summary>
    public async Task RememberHandledAsync(IReadOnlyCollection<string> keys)
    {
        if (keys.Count > 0)
        {
            _handled.UnionWith(await _db.ProcessedDeliveries.Where(d => keys.Contains(d.Key)).Select(d => d.Key).ToListAsync());
        }
    }


    private async Task<(Reply Reply, bool Keep)> RunOnBookAsync(IncomingMessage message, Func<ParseContext, Command> understand, Action<Reply>? alsoSave = null)
    {
        _shopId = null;
        try
        {
            var (reply, keep) = await UnderstandAndActAsync(message, understand);
            if (keep)
            {
                reply = WithUndoButton(reply);
                alsoSave?.Invoke(reply);
                await _db.SaveChangesAsync();
                WroteOutbox |= Tracked<OutboxMessage>().Any();
            }

            return (reply, keep);
        }
        catch (Exception ex) when (rerunConflicts && WriteConflictException.Is(ex))
        {
            // Not this message's fault: the whole commit is run again (KhataEngine), from what is committed now.
            throw new WriteConflictException(ex);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A message in chat {ChatId} failed; it was rolled back", message.ChatId);
            return (KhataEngine.Failure, false);
        }
        finally
        {
            // The next message starts from what is in the database, not from this one's tracked rows.
            _db.ChangeTracker.Clear();
        }
    }

    private async Task<(Reply Reply, bool Keep)> UnderstandAndActAsync(IncomingMessage message, Func<ParseContext, Command> understand)
    {
        var now = time.GetUtcNow();
        if (message.Text.Contains(StaffInvite.PayloadPrefix, StringComparison.OrdinalIgnoreCase)
            && understand(ParseContext.For(DateOnly.FromDateTime(now.UtcDateTime))) is JoinAsStaff join)
        {
            // Before the sender's book is looked up: joining decides which book that is.
            return await StaffJoining.JoinAsync(_db, message, join.Token, now, CancellationToken.None);
        }

        if (message.Text.Contains(CustomerLink.PayloadPrefix, StringComparison.Ordinal)
            && understand(ParseContext.For(DateOnly.FromDateTime(now.UtcDateTime))) is JoinAsCustomer linking)
        {
            return await CustomerJoining.JoinAsync(_db, message, linking.Token, now, CancellationToken.None);
        }

        var found = await ShopDirectory.FindAsync(_db, message, CancellationToken.None);
        if (found.Shop is null && !message.IsGroupChat && await CustomerChat.IsLinkedAsync(_db, message.ChatId, CancellationToken.None))
        {
            // A customer's chat (it opened a link and keeps no book): it reads his khata and changes nothing.
            return (await CustomerChat.AnswerAsync(_db, message, now, CancellationToken.None), false);
        }

        var (shop, role) = await ShopDirectory.ResolveAsync(_db, message, found, now, CancellationToken.None);
        _shopId = shop.Id;
        if (message.ButtonOfShopId is { } buttonShop && buttonShop != shop.Id)
        {
            return (KhataEngine.ForeignButton, false);
        }

        var today = ShopClock.Today(shop, now);
        var command = understand(ParseContext.For(today));
        if (MessageParser.MayDependOnShopCategories(command))
        {
            var categories = await ShopDirectory.CategoriesAsync(_db, shop, CancellationToken.None);
            if (categories.Count > 0)
            {
                command = understand(new ParseContext(today, categories));
            }
        }

        // A waiting question is answered (the chosen command runs instead) or dropped by this message.
        var asked = await Asking.BeforeAsync(_db, shop.Id, message.ChatId, command, CancellationToken.None);
        if (asked.Run is null) return (asked.Reply!, asked.Keep);
        command = asked.Run;
        // A credit or payment for a name the book lacks but has one close to asks which was meant.
        command = await Ledger.Customers.CloseNames.CheckAsync(_db, shop.Id, command, CancellationToken.None);
        if (command is Ask ask) return (Asking.Ask(_db, shop.Id, message.ChatId, ask, now), true);

        if (command is Unparseable unparseable)
        {
            // Nothing is kept for a message the bot could not use, not even a shop made for it.
            return (unparseable.Reason, false);
        }

        var context = new CommandContext(shop, message.SenderName, today, now) { ByUserId = message.SenderId, Role = role, InGroup = message.IsGroupChat };
        if (await Permissions.RefusalAsync(_db, command, context, CancellationToken.None) is { } refusal)
        {
            return (refusal, false);
        }

        if (command is Batch batch) return await Batches.BatchRunner.RunAsync(services, _db, batch, context, CancellationToken.None);

        var reply = await CommandDispatcher.DispatchAsync(services, command, context, CancellationToken.None);
        if (reply.Asks is { } question) return (Asking.Ask(_db, shop.Id, message.ChatId, question, now), true);
        return (reply, true);
    }

    /// <summary>Every new entry gets an [Undo] button that takes back that entry, whatever came after it.</summary>
    private Reply WithUndoButton(Reply reply)
    {
        var added = Tracked<Entry>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity;
        return added is null
            ? reply
            : reply with { EntryNumber = added.Number, Buttons = [.. reply.Buttons, new ReplyButton("↩ Undo", $"delete #{added.Number}")] };
    }

    /// <summary>The tracked rows of one type, read without EF first comparing every tracked row with its
    /// snapshot (DetectChanges, which the save does anyway): rows the handlers add are tracked as Added at once.</summary>
    private List<EntityEntry<T>> Tracked<T>() where T : class
    {
        var tracker = _db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. tracker.Entries<T>()];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
