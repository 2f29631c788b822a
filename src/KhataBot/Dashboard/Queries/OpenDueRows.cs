using KhataBot.Core.Ledger;
using KhataBot.Infrastructure.Data;

namespace KhataBot.Dashboard.Queries;

/// <summary>A shop's credits with a due date and something left on it, read through the filtered index
/// IX_Entries_ShopId_DueDate (only dated credits are in it).</summary>
public static class OpenDueRows
{
    public static IQueryable<Entry> Of(KhataDbContext db, long shopId) =>
        db.Entries.Where(e => e.ShopId == shopId && e.DueDate != null && e.Kind == EntryKind.Credit
            && e.DeletedAt == null && e.DuePaidPaise < e.AmountPaise);
}
