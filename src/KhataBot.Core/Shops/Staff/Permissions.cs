using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Shops.Staff;

/// <summary>
/// What staff may not do. The owner may do everything. Staff keep the book (entries, payments, expenses)
/// and read it (balances, reports, statements), and may fix their own entries; deleting or changing someone
/// else's work, snoozing dues, cancelling reminders, contacts, customer links, UPI, budgets, exports, shop
/// settings and staff belong to the owner.
/// </summary>
internal static class Permissions
{
    public static async Task<string?> RefusalAsync(IKhataDb db, Command command, CommandContext context, CancellationToken ct)
    {
        if (context.Role == Role.Owner)
        {
            return null;
        }

        return command switch
        {
            SetBudget or AddCategory or RemoveBudget => OwnerOnly("set budgets and categories"),
            ExportBook => OwnerOnly("export the book"),
            InviteStaff or ListStaff or RemoveStaff => OwnerOnly("manage staff"),
            SetShopName or SetTimeZone or SetReminderTime or SwitchReminders or SetRemindEvery => OwnerOnly("change the shop's settings"),
            ShowJobs => OwnerOnly("see the scheduled jobs"),
            LinkCustomer => OwnerOnly("give customers a link to their khata"),
            SetUpiId => OwnerOnly("change the shop's UPI ID"),
            MergeCustomers => OwnerOnly("merge customers"),
            SnoozeDue => OwnerOnly("snooze a due's reminders"),
            CancelOneOffReminders => OwnerOnly("cancel reminders"),
            SetPhone or SetAddress => OwnerOnly("change a customer's contact details"),
            DeleteEntry d => await OwnEntryAsync(db, d.Number, context, ct) ? null : OthersEntry(d.Number),
            EditEntry e => await OwnEntryAsync(db, e.Number, context, ct) ? null : OthersEntry(e.Number),
            ChangeEntry c => await OwnEntryAsync(db, c.Number, context, ct) ? null : OthersEntry(c.Number),
            MoveEntry m => await OwnEntryAsync(db, m.Number, context, ct) ? null : OthersEntry(m.Number),
            UndoLast => await LastChangeIsOwnAsync(db, context, ct) ? null : "Only the owner can undo someone else's change. Nothing was changed.",
            _ => null,
        };
    }

    private static string OwnerOnly(string what) => $"Only the shop owner can {what}. Nothing was changed.";

    private static string OthersEntry(int number) => $"Only the owner can change #{number}: staff can fix only their own entries. Nothing was changed.";

    private static Task<bool> OwnEntryAsync(IKhataDb db, int number, CommandContext context, CancellationToken ct) =>
        db.AuditRecords.AnyAsync(a => a.ShopId == context.Shop.Id && a.Action == LedgerActions.EntryAdded
            && a.Entry!.Number == number && a.ByUserId != null && a.ByUserId == context.ByUserId, ct);

    private static async Task<bool> LastChangeIsOwnAsync(IKhataDb db, CommandContext context, CancellationToken ct)
    {
        var last = await db.AuditRecords
            .Where(a => a.ShopId == context.Shop.Id && a.UndoneAt == null && a.Action != Audit.UndoLastHandler.Action)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.ByUserId })
            .FirstOrDefaultAsync(ct);
        return last is null || (last.ByUserId != null && last.ByUserId == context.ByUserId);
    }
}
