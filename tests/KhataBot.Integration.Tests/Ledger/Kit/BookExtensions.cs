using KhataBot.Core.Audit;
using KhataBot.Core.Budgets;
using KhataBot.Core.Ledger;
using KhataBot.Core.Parsing;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Ledger.Kit;

/// <summary>Shortcuts for running commands and reading the stored book back in ledger tests.</summary>
internal static class BookExtensions
{
    public static async Task<string> Run(this TestBook book, Command command, long chatId = TestBook.ChatId, string sender = "Owner") =>
        (await book.RunAsync(command, chatId, sender)).Text;

    /// <summary>Runs commands whose replies the test does not care about.</summary>
    public static async Task RunAll(this TestBook book, params Command[] commands)
    {
        foreach (var command in commands)
        {
            await book.RunAsync(command);
        }
    }

    public static Task<long> ShopIdAsync(this TestBook book, long chatId = TestBook.ChatId) =>
        book.QueryAsync(db => db.Shops.Where(s => s.ChatId == chatId).Select(s => s.Id).SingleAsync());

    public static Task<Customer> CustomerAsync(this TestBook book, string name, long chatId = TestBook.ChatId)
    {
        var key = Customer.KeyFor(name);
        return book.QueryAsync(db => db.Customers.SingleAsync(c => c.NameKey == key && db.Shops.Any(s => s.Id == c.ShopId && s.ChatId == chatId)));
    }

    public static Task<Entry> EntryAsync(this TestBook book, int number, long chatId = TestBook.ChatId) =>
        book.QueryAsync(db => db.Entries.SingleAsync(e => e.Number == number && db.Shops.Any(s => s.Id == e.ShopId && s.ChatId == chatId)));

    public static Task<List<Entry>> EntriesAsync(this TestBook book) =>
        book.QueryAsync(db => db.Entries.OrderBy(e => e.Id).ToListAsync());

    public static Task<List<AuditRecord>> AuditAsync(this TestBook book) =>
        book.QueryAsync(db => db.AuditRecords.OrderBy(a => a.Id).ToListAsync());

    /// <summary>A monthly budget, written straight into the table (setting budgets is another feature's command).</summary>
    public static async Task AddBudgetAsync(this TestBook book, string category, decimal rupees, long chatId = TestBook.ChatId)
    {
        await book.RunAsync(new ShowBalances(), chatId); // makes sure the chat's shop exists
        var shopId = await book.ShopIdAsync(chatId);
        await book.QueryAsync(async db =>
        {
            db.Budgets.Add(new Budget { ShopId = shopId, Category = category, AmountPaise = Core.Money.Money.ToPaise(rupees) });
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>Takes the shop's next entry number behind the engine's back (as a racing writer would), so
    /// the next entry fails on the unique number after the handler has already changed other rows.</summary>
    public static async Task TakeNextEntryNumberBehindTheEnginesBackAsync(this TestBook book)
    {
        var shopId = await book.ShopIdAsync();
        await book.QueryAsync(db =>
        {
            var next = db.Shops.Single(s => s.Id == shopId).LastEntryNumber + 1;
            db.Entries.Add(new Entry
            {
                ShopId = shopId, Number = next, Kind = EntryKind.Income, AmountPaise = 1, Category = "others",
                Date = Say.Today, EnteredBy = "racer", EnteredAt = TestBook.DefaultStart,
            });
            return db.SaveChangesAsync();
        });
    }
}
