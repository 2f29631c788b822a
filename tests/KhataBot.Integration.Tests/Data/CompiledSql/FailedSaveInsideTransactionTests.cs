using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KhataBot.Integration.Tests.Data.CompiledSql.DirectSaveFallbackTests;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>
/// A save that fails inside a transaction the caller goes on with. EF's SaveChanges puts a savepoint
/// around its writes (AutoSavepointsEnabled, on by default) and goes back to it on failure, so the caller's
/// transaction is as it was before the save and the caller may fix the change and save again.
/// DirectSave writes without one, so it only runs where auto-savepoints are off (the engine's writer, which
/// takes the whole transaction back on any failure); everywhere else a save inside a transaction is EF's.
/// </summary>
public sealed class FailedSaveInsideTransactionTests
{
    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
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

    /// <summary>Once failed: DirectSave ran here, kept Asha's row in the transaction and her real id on the
    /// tracked entity, and the retry inserted that id again ("UNIQUE constraint failed: Customers.Id").</summary>
    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task An_async_save_with_savepoints_on_takes_back_what_a_failed_save_wrote()
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
