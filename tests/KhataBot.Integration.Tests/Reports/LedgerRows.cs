using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Shops;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Reports;

/// <summary>
/// Puts entries straight into a test book's tables, the way the ledger handlers store them: numbered per
/// shop, customer found by name key or created, and Customer.BalancePaise kept equal to the live entries.
/// Reports, budgets and exports only read the book, so their tests need not wait for the ledger handlers.
/// </summary>
public sealed class LedgerRows(TestBook book, long chatId = TestBook.ChatId)
{
    public Task<int> CreditAsync(string customer, decimal amount, DateOnly date, string? note = null, DateOnly? due = null, string by = "Owner") =>
        AddAsync(EntryKind.Credit, amount, date, customer, null, note, due, by);

    public Task<int> PaymentAsync(string customer, decimal amount, DateOnly date, string? note = null) =>
        AddAsync(EntryKind.Payment, amount, date, customer, null, note, null, "Owner");

    public Task<int> ExpenseAsync(decimal amount, string category, DateOnly date, string? note = null) =>
        AddAsync(EntryKind.Expense, amount, date, null, category, note, null, "Owner");

    public Task<int> IncomeAsync(decimal amount, string source, DateOnly date, string? note = null) =>
        AddAsync(EntryKind.Income, amount, date, null, source, note, null, "Owner");

    /// <summary>"delete #N": the row stays, marked deleted, and the customer's balance no longer counts it.</summary>
    public Task DeleteAsync(int number) => book.QueryAsync(async db =>
    {
        var shop = await ShopDirectory.GetOrCreateAsync(db, chatId, book.Clock.Now, CancellationToken.None);
        var entry = await db.Entries.Include(e => e.Customer).SingleAsync(e => e.ShopId == shop.Id && e.Number == number);
        entry.DeletedAt = book.Clock.Now;
        if (entry.Customer is not null)
        {
            entry.Customer.BalancePaise -= entry.BalanceEffectPaise;
        }

        await db.SaveChangesAsync();
        return 0;
    });

    public Task<Dictionary<string, long>> BalancesAsync() => book.QueryAsync(async db =>
    {
        var shop = await ShopDirectory.GetOrCreateAsync(db, chatId, book.Clock.Now, CancellationToken.None);
        return await db.Customers.Where(c => c.ShopId == shop.Id).ToDictionaryAsync(c => c.Name, c => c.BalancePaise);
    });

    private Task<int> AddAsync(EntryKind kind, decimal amount, DateOnly date, string? customerName, string? category, string? note, DateOnly? due, string by) =>
        book.QueryAsync(async db =>
        {
            var now = book.Clock.Now;
            var shop = await ShopDirectory.GetOrCreateAsync(db, chatId, now, CancellationToken.None);
            Customer? customer = null;
            if (customerName is not null)
            {
                var key = Customer.KeyFor(customerName);
                customer = await db.Customers.SingleOrDefaultAsync(c => c.ShopId == shop.Id && c.NameKey == key);
                if (customer is null)
                {
                    customer = new Customer { ShopId = shop.Id, Name = customerName, NameKey = key, CreatedAt = now };
                    db.Customers.Add(customer);
                }
            }

            var entry = new Entry
            {
                ShopId = shop.Id,
                Number = ++shop.LastEntryNumber,
                Kind = kind,
                Customer = customer,
                AmountPaise = Money.ToPaise(amount),
                Category = category,
                Note = note,
                Date = date,
                DueDate = due,
                EnteredBy = by,
                EnteredAt = now,
            };
            db.Entries.Add(entry);
            if (customer is not null)
            {
                customer.BalancePaise += entry.BalanceEffectPaise;
            }

            await db.SaveChangesAsync();
            return entry.Number;
        });
}
