using KhataBot.Core.Audit;
using KhataBot.Core.Ledger;
using KhataBot.Core.Shops;
using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>
/// DirectSave must store exactly what EF's SaveChanges stores: the same change is saved one way in book A
/// and the other way in book B, and the rows are compared column by column as SQLite holds them.
/// </summary>
public sealed class DirectSaveMatchesSaveChangesTests
{
    // An offset and sub-second ticks, so a DateTimeOffset written any other way than EF's shows.
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 11, 21, 10, 15, 30, TimeSpan.FromHours(5.5)).AddTicks(1_234_567);

    private const string Awkward = "Tom & <Jerry> \"दिनेश\" it's ₹500";

    private static readonly string[] Tables = ["Shops", "Customers", "Entries", "AuditRecords"];

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task New_rows_are_stored_as_SaveChanges_stores_them()
    {
        await using var direct = await ScratchBook.CreateAsync();
        await using var ef = await ScratchBook.CreateAsync();

        await SaveBothAsync(direct, ef, AddShopAsync);
        await SaveBothAsync(direct, ef, AddCreditAsync);

        AssertSameRows(direct, ef);
        // The audit record points at the entry and customer created in the same save, by their generated ids.
        var audit = Assert.Single(TableRows.Read(direct.ConnectionString, "AuditRecords"));
        Assert.Contains("EntryId=Int64:1 ", audit);
        Assert.Contains("CustomerId=Int64:1 ", audit);
        Assert.Contains("CustomerId=Int64:1 ", Assert.Single(TableRows.Read(direct.ConnectionString, "Entries")));
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task After_a_direct_save_the_tracked_rows_carry_their_generated_keys()
    {
        await using var book = await ScratchBook.CreateAsync();
        await SaveBothWays.DirectAsync(book, AddShopAsync);

        var states = new List<EntityState>();
        var (customer, entry, audit) = await SaveBothWays.DirectAsync(book, AddCreditAsync,
            db => states.AddRange(db.ChangeTracker.Entries().Select(e => e.State).Distinct()));

        // What the handler does next (the reply's entry number, an undo button) reads these objects.
        Assert.True(customer.Id > 0 && entry.Id > 0 && audit.Id > 0);
        Assert.Equal(customer.Id, entry.CustomerId);
        Assert.Equal((entry.Id, customer.Id), (audit.EntryId!.Value, audit.CustomerId!.Value));
        Assert.Equal([EntityState.Unchanged], states);
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task Changed_rows_are_stored_as_SaveChanges_stores_them()
    {
        await using var direct = await ScratchBook.CreateAsync();
        await using var ef = await ScratchBook.CreateAsync();
        await SaveBothAsync(direct, ef, AddShopAsync);
        await SaveBothAsync(direct, ef, AddCreditAsync);

        await SaveBothAsync(direct, ef, async db =>
        {
            var shop = await db.Shops.SingleAsync();
            shop.LastEntryNumber = 41;
            shop.UpiId = null;
            var customer = await db.Customers.SingleAsync();
            customer.BalancePaise = -12_345;
            customer.Phone = "+91 98765 43210";
            var entry = await db.Entries.SingleAsync();
            entry.DeletedAt = At.AddDays(1);
            entry.Note = null;
            return 0;
        });

        AssertSameRows(direct, ef);
        Assert.Contains("BalancePaise=Int64:-12345 ", Assert.Single(TableRows.Read(direct.ConnectionString, "Customers")));
        Assert.Contains("LastEntryNumber=Int64:41 ", Assert.Single(TableRows.Read(direct.ConnectionString, "Shops")));
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task Saves_changing_different_columns_of_one_table_each_store_their_own_change()
    {
        await using var direct = await ScratchBook.CreateAsync();
        await using var ef = await ScratchBook.CreateAsync();
        await SaveBothAsync(direct, ef, AddShopAsync);
        await SaveBothAsync(direct, ef, AddCreditAsync);

        // The SQL for one set of changed columns is kept and used again: a save changing other columns of
        // the same table must not be written with it, nor one changing the same columns with other values.
        await SaveBothAsync(direct, ef, async db => (await db.Customers.SingleAsync()).BalancePaise = 70_000);
        await SaveBothAsync(direct, ef, async db => (await db.Customers.SingleAsync()).Phone = "+91 90000 11111");
        await SaveBothAsync(direct, ef, async db => (await db.Customers.SingleAsync()).BalancePaise = 20_000);

        AssertSameRows(direct, ef);
        var customer = Assert.Single(TableRows.Read(direct.ConnectionString, "Customers"));
        Assert.Contains("BalancePaise=Int64:20000 ", customer);
        Assert.Contains("+91 90000 11111", customer);
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_changed_row_made_to_point_at_a_new_row_gets_its_generated_key()
    {
        await using var direct = await ScratchBook.CreateAsync();
        await using var ef = await ScratchBook.CreateAsync();
        await SaveBothAsync(direct, ef, AddShopAsync);
        await SaveBothAsync(direct, ef, AddCreditAsync);

        // "That credit was Gupta's, not Tom's": an existing entry moves to a customer added in the same save.
        await SaveBothAsync(direct, ef, async db =>
        {
            var entry = await db.Entries.SingleAsync();
            entry.Customer = new Customer { ShopId = entry.ShopId, Name = "Gupta", NameKey = "GUPTA", CreatedAt = At };
            db.Customers.Add(entry.Customer);
            return 0;
        });

        AssertSameRows(direct, ef);
        Assert.Contains("CustomerId=Int64:2 ", Assert.Single(TableRows.Read(direct.ConnectionString, "Entries")));
    }

    private static async Task SaveBothAsync<T>(ScratchBook direct, ScratchBook ef, Func<KhataDbContext, Task<T>> change)
    {
        await SaveBothWays.DirectAsync(direct, change);
        await SaveBothWays.ThroughEfAsync(ef, change);
    }

    private static void AssertSameRows(ScratchBook direct, ScratchBook ef)
    {
        foreach (var table in Tables)
        {
            var expected = TableRows.Read(ef.ConnectionString, table);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, TableRows.Read(direct.ConnectionString, table));
        }
    }

    private static Task<Shop> AddShopAsync(KhataDbContext db)
    {
        var shop = new Shop
        {
            ChatId = -100_123_456,
            OwnerUserId = 42,
            Name = Awkward,
            UpiId = "sharma@okbank",
            CreatedAt = At,
            ReminderTime = new TimeOnly(9, 30),
            RemindersOn = false,
            RemindEveryDays = 5,
        };
        db.Shops.Add(shop);
        return Task.FromResult(shop);
    }

    private sealed record Credit(Customer Customer, Entry Entry, AuditRecord Audit);

    /// <summary>A credit to a new customer with its audit record, linked by navigations as the handlers and
    /// AuditTrail link them: the new rows' ids are known only once saved.</summary>
    private static async Task<Credit> AddCreditAsync(KhataDbContext db)
    {
        var shop = await db.Shops.SingleAsync();
        shop.LastEntryNumber++;
        var customer = new Customer { ShopId = shop.Id, Name = Awkward, NameKey = Customer.KeyFor(Awkward), Address = "12, O'Brien Lane", BalancePaise = 50_000, CreatedAt = At };
        var entry = new Entry
        {
            ShopId = shop.Id,
            Number = shop.LastEntryNumber,
            Kind = EntryKind.Credit,
            Customer = customer,
            AmountPaise = 50_000,
            Note = Awkward,
            Date = new DateOnly(2026, 11, 21),
            DueDate = new DateOnly(2026, 12, 5),
            EnteredBy = "Owner",
            EnteredAt = At,
        };
        var audit = new AuditRecord
        {
            ShopId = shop.Id,
            Action = "credit",
            Summary = $"#{entry.Number} {Awkward} +₹500",
            After = "{\"note\":\"Tom & <Jerry>\"}",
            Entry = entry,
            Customer = customer,
            By = "Owner",
            ByUserId = 42,
            At = At,
        };
        // Added in the order a handler adds them; DirectSave has to put the principals first itself.
        db.AuditRecords.Add(audit);
        db.Entries.Add(entry);
        db.Customers.Add(customer);
        return new Credit(customer, entry, audit);
    }
}
