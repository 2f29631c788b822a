using KhataBot.Core.Ledger;
using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Data;

/// <summary>Entries and audit records moved from AUTOINCREMENT keys to plain rowid keys (decision 0013): a book
/// made before keeps every row, id and index, and numbering goes on after the largest id.</summary>
public sealed class PlainRowidKeysMigrationTests
{
    private const string BeforePlainKeys = "20261121235917_OneOffRemindersAndMonthlyNotices";

    [SqliteOnlyFact("plain rowid keys are a SQLite table property, made by SQLite's migrations")]
    public async Task A_book_made_before_keeps_its_entries_and_audit_and_numbers_on_after_them()
    {
        await using var book = await ScratchBook.CreateAsync(migratedTo: BeforePlainKeys);
        Execute(book, """
            INSERT INTO Shops (Id, ChatId, Name, TimeZone, Currency, CreatedAt, LastEntryNumber, RemindersOn, ReminderTime, RemindEveryDays)
              VALUES (1, 77, 'Sharma Stores', 'Asia/Kolkata', 'INR', '2026-11-20 10:00:00+00:00', 41, 1, '09:00:00', 3);
            INSERT INTO Customers (Id, ShopId, Name, NameKey, BalancePaise, CreatedAt) VALUES (5, 1, 'Ramesh', 'RAMESH', 50000, '2026-11-20 10:00:00+00:00');
            INSERT INTO Entries (Id, ShopId, Number, Kind, CustomerId, AmountPaise, Note, Date, DuePaidPaise, EnteredBy, EnteredAt)
              VALUES (41, 1, 41, 0, 5, 50000, 'atta', '2026-11-20', 0, 'Owner', '2026-11-20 10:00:00+00:00');
            INSERT INTO AuditRecords (Id, ShopId, Action, Summary, EntryId, CustomerId, By, At)
              VALUES (90, 1, 'entry.added', '#41 Ramesh +₹500 atta', 41, 5, 'Owner', '2026-11-20 10:00:00+00:00');
            """);

        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);

        Assert.DoesNotContain("AUTOINCREMENT", Column(book, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'Entries'").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AUTOINCREMENT", Column(book, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'AuditRecords'").Single(), StringComparison.OrdinalIgnoreCase);
        var indexes = Column(book, "SELECT name FROM sqlite_master WHERE type = 'index'");
        Assert.Contains("IX_Entries_ShopId_Number", indexes);
        Assert.Contains("IX_Entries_Report", indexes);
        Assert.Contains("IX_AuditRecords_ShopId_Id", indexes);

        var kept = await db.Entries.SingleAsync();
        Assert.Equal((41L, 41, "atta", 5L), (kept.Id, kept.Number, kept.Note, kept.CustomerId!.Value));
        Assert.Equal((90L, 41L), await db.AuditRecords.Select(a => ValueTuple.Create(a.Id, a.EntryId!.Value)).SingleAsync());

        var next = new Entry { ShopId = 1, Number = 42, Kind = EntryKind.Credit, CustomerId = 5, AmountPaise = 100, Date = new DateOnly(2026, 11, 21), EnteredBy = "Owner" };
        db.Entries.Add(next);
        await db.SaveChangesAsync();
        Assert.Equal(42L, next.Id);
    }

    private static void Execute(ScratchBook book, string sql)
    {
        using var connection = book.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Column(ScratchBook book, string sql)
    {
        using var connection = book.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
