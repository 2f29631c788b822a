using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KhataBot.Integration.Tests.Data.CompiledSql.DirectSaveFallbackTests;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>
/// A save that fails inside a transaction the caller goes on with. EF's SaveChanges puts a savepoint
/// around its writes (AutoSavepointsEnabled, on by default) and goes back to it on failure, so the caller's
/// transaction is as it was before the save and the caller may fix the change and save again.
/// DirectSave writes without one. The engine is not affected (MessageRunner turns auto-savepoints off and
/// rolls back to its own savepoint on any failure), but any other caller of SaveChangesAsync inside a
/// transaction is.
/// </summary>
public sealed class FailedSaveInsideTransactionTests
{
    [Fact]
    public async Task SaveChanges_takes_back_what_a_failed_save_wrote()
    {
        await using var book = await ScratchBook.CreateAsync();
        var shopId = await AddShopWithCustomersAsync(book, "Tom");
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await using var open = await db.KeepConnectionOpenAsync(CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Customers.Add(NewCustomer(shopId, "Asha"));
        var duplicate = db.Customers.Add(NewCustomer(shopId, "tom"));

        // The synchronous SaveChanges is not overridden: this is EF's own behaviour, the reference.
        Assert.Throws<DbUpdateException>(() => db.SaveChanges());
        duplicate.State = EntityState.Detached;
        db.SaveChanges();
        await transaction.CommitAsync();

        Assert.Equal(["ASHA", "TOM"], NameKeys(book));
    }

    /// <summary>Fails today: the retry throws SqliteException "UNIQUE constraint failed: Customers.Id". Asha's
    /// row is still in the transaction, and DirectSave left her real id on the tracked entity (not temporary
    /// any more, as EF restores it after a failure), so the retry inserts that id again.</summary>
    [Fact(Skip = "Known bug in DirectSave (no savepoint around its writes, generated keys kept after a failure); see the summary")]
    public async Task DirectSave_takes_back_what_a_failed_save_wrote_as_SaveChanges_does()
    {
        await using var book = await ScratchBook.CreateAsync();
        var shopId = await AddShopWithCustomersAsync(book, "Tom");
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await using var open = await db.KeepConnectionOpenAsync(CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Customers.Add(NewCustomer(shopId, "Asha"));
        var duplicate = db.Customers.Add(NewCustomer(shopId, "tom"));

        // Asha is written before "tom" fails.
        await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());
        duplicate.State = EntityState.Detached;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Assert.Equal(["ASHA", "TOM"], NameKeys(book));
    }
}
