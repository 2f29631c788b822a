using KhataBot.Core.Ledger;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Ledger.Kit;

/// <summary>Checks on the stored book as a whole, worked out here independently of the handlers.</summary>
internal static class LedgerAssert
{
    /// <summary>
    /// The book adds up: every customer's kept balance is the sum of their live entries' effects, every
    /// dated credit's paid part is what the customer's live payments cover when spread oldest due first,
    /// and every customer entry belongs to its customer's shop.
    /// </summary>
    public static async Task BooksAddUpAsync(TestBook book)
    {
        var (customers, entries) = await book.QueryAsync(async db =>
            (await db.Customers.AsNoTracking().ToListAsync(), await db.Entries.AsNoTracking().ToListAsync()));

        foreach (var customer in customers)
        {
            var theirs = entries.Where(e => e.CustomerId == customer.Id).ToList();
            Assert.All(theirs, e => Assert.Equal(customer.ShopId, e.ShopId));
            var live = theirs.Where(e => e.DeletedAt is null).ToList();

            var expected = live.Sum(e => e.Kind switch { EntryKind.Credit => e.AmountPaise, EntryKind.Payment => -e.AmountPaise, _ => 0 });
            Assert.True(expected == customer.BalancePaise,
                $"{customer.Name}: kept balance {customer.BalancePaise} paise, live entries add up to {expected}");

            var payments = live.Where(e => e.Kind == EntryKind.Payment).Sum(e => e.AmountPaise);
            foreach (var due in live.Where(e => e.Kind == EntryKind.Credit && e.DueDate is not null).OrderBy(e => e.DueDate).ThenBy(e => e.Number))
            {
                var paid = Math.Min(due.AmountPaise, payments);
                payments -= paid;
                Assert.True(paid == due.DuePaidPaise, $"{customer.Name} #{due.Number}: due paid {due.DuePaidPaise}, expected {paid}");
            }

            if (customer.RemovedAt is not null)
            {
                Assert.Empty(live);
            }
        }

        Assert.All(entries.Where(e => e.Kind is EntryKind.Expense or EntryKind.Income), e => Assert.Null(e.CustomerId));
        Assert.All(entries, e => Assert.True(e.AmountPaise > 0));
    }
}
