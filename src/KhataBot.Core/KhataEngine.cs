using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KhataBot.Core;

/// <summary>
/// The one path every message takes, whatever the transport: find the chat's shop, parse, run the
/// handler in one transaction, and answer. A message that cannot be used changes nothing.
/// </summary>
public sealed class KhataEngine(IServiceScopeFactory scopes, TimeProvider time, ILogger<KhataEngine> logger)
{
    public const string SomethingWentWrong = "Sorry, that did not work and nothing was changed. Please try again.";

    public Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        RunAsync(message.ChatId, message.SenderName, context => MessageParser.Parse(message.Text, context), cancellationToken);

    /// <summary>Runs an already-parsed command, exactly as if it had been typed.</summary>
    public Task<Reply> ExecuteAsync(long chatId, string senderName, Command command, CancellationToken cancellationToken) =>
        RunAsync(chatId, senderName, _ => command, cancellationToken);

    private async Task<Reply> RunAsync(long chatId, string senderName, Func<ParseContext, Command> understand, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IKhataDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var shop = await ShopDirectory.GetOrCreateAsync(db, chatId, now, cancellationToken);
            var today = ShopClock.Today(shop, now);
            var categories = await db.ShopCategories
                .Where(c => c.ShopId == shop.Id && c.RemovedAt == null)
                .Select(c => c.Name)
                .ToListAsync(cancellationToken);

            var command = understand(new ParseContext(today, categories.ToHashSet(StringComparer.OrdinalIgnoreCase)));
            if (command is Unparseable unparseable)
            {
                return unparseable.Reason;
            }

            var context = new CommandContext(shop, senderName, today, now);
            var reply = await CommandDispatcher.DispatchAsync(scope.ServiceProvider, command, context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return reply;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Disposing the transaction rolls it back: nothing half-written stays in the book.
            logger.LogError(ex, "A message in chat {ChatId} failed", chatId);
            return SomethingWentWrong;
        }
    }
}
