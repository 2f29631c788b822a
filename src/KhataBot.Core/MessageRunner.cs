using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KhataBot.Core;

/// <summary>
/// Runs messages one after another inside the engine's open transaction: find the chat's shop, parse,
/// run the handler, save. In a group each message has its own savepoint; a failure or a refusal rolls
/// back to it, so nothing half-written stays in the book and the messages around it are untouched.
/// </summary>
internal sealed class MessageRunner(IServiceProvider services, TimeProvider time, ILogger logger)
{
    private const string Savepoint = "message";

    private readonly IKhataDb _db = services.GetRequiredService<IKhataDb>();
    private IDbContextTransaction? _transaction;

    public async Task<IDbContextTransaction> BeginAsync()
    {
        // The runner rolls back per message with its own savepoint; the one EF would add around every
        // save (two more statements each time) buys nothing.
        _db.Database.AutoSavepointsEnabled = false;
        _transaction = await _db.Database.BeginTransactionAsync();
        return _transaction;
    }

    /// <summary>Runs one message of a group inside its own savepoint: what it changed is kept, or rolled
    /// back to the savepoint alone (refused or failed), and the group's commit goes on.</summary>
    public async Task<Reply> RunInGroupAsync(long chatId, string senderName, Func<ParseContext, Command> understand)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("Begin the transaction first.");
        await transaction.CreateSavepointAsync(Savepoint);
        var (reply, keep) = await RunAsync(chatId, senderName, understand);
        if (keep)
        {
            await transaction.ReleaseSavepointAsync(Savepoint);
        }
        else
        {
            await transaction.RollbackToSavepointAsync(Savepoint);
        }

        return reply;
    }

    /// <summary>Runs a message that has the transaction to itself: no savepoint is needed, the caller
    /// commits only when <c>Keep</c> is true and otherwise rolls the whole transaction back.</summary>
    public async Task<(Reply Reply, bool Keep)> RunAsync(long chatId, string senderName, Func<ParseContext, Command> understand)
    {
        try
        {
            var (reply, keep) = await UnderstandAndActAsync(chatId, senderName, understand);
            if (keep)
            {
                await _db.SaveChangesAsync();
            }

            return (reply, keep);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A message in chat {ChatId} failed; it was rolled back", chatId);
            return (KhataEngine.SomethingWentWrong, false);
        }
        finally
        {
            // The next message starts from what is in the database, not from this one's tracked rows.
            _db.ChangeTracker.Clear();
        }
    }

    private async Task<(Reply Reply, bool Keep)> UnderstandAndActAsync(long chatId, string senderName, Func<ParseContext, Command> understand)
    {
        var now = time.GetUtcNow();
        var shop = await ShopDirectory.GetOrCreateAsync(_db, chatId, now, CancellationToken.None);
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

        if (command is Unparseable unparseable)
        {
            // Nothing is kept for a message the bot could not use, not even a shop made for it.
            return (unparseable.Reason, false);
        }

        var context = new CommandContext(shop, senderName, today, now);
        var reply = await CommandDispatcher.DispatchAsync(services, command, context, CancellationToken.None);
        return (reply, true);
    }
}
