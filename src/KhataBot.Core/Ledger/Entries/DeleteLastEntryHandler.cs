using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Entries;

/// <summary>"delete last": the newest entry still in the book, deleted exactly as "delete #N" would. Staff
/// may fix only their own entries, so for them it is the newest entry they made.</summary>
internal sealed class DeleteLastEntryHandler(IKhataDb db, ICommandHandler<DeleteEntry> delete) : ICommandHandler<DeleteLastEntry>
{
    public async Task<Reply> HandleAsync(DeleteLastEntry command, CommandContext context, CancellationToken cancellationToken)
    {
        var shopId = context.Shop.Id;
        var live = db.Entries.Where(e => e.ShopId == shopId && e.DeletedAt == null);
        if (context.Role != Role.Owner)
        {
            var userId = context.ByUserId;
            live = live.Where(e => db.AuditRecords.Any(a => a.ShopId == shopId && a.EntryId == e.Id && a.Action == LedgerActions.EntryAdded
                && a.ByUserId != null && a.ByUserId == userId));
        }

        var number = await live.OrderByDescending(e => e.Number).Select(e => (int?)e.Number).FirstOrDefaultAsync(cancellationToken);
        if (number is null)
        {
            return context.Role == Role.Owner ? "There is no entry to delete." : "You have no entry of your own to delete.";
        }

        return await delete.HandleAsync(new DeleteEntry(number.Value), context, cancellationToken);
    }
}
