using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KhataBot.Integration.Tests.Data.CompiledSql.DirectSaveFallbackTests;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>A DirectSave that fails halfway: what it wrote before the failure must not outlive the transaction.</summary>
public sealed class DirectSaveFailureTests
{
    private const int SqliteConstraint = 19;

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_direct_save_that_fails_halfway_leaves_nothing_after_rollback()
    {
        await using var book = await ScratchBook.CreateAsync();
        var shopId = await AddShopWithCustomersAsync(book, "Tom");
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await using var open = await db.KeepConnectionOpenAsync(CancellationToken.None);
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var byEf = false;
        db.SavingChanges += (_, _) => byEf = true;

        // Asha is fine and is written first; the second "tom" breaks the unique (ShopId, NameKey) index.
        db.Customers.Add(NewCustomer(shopId, "Asha"));
        db.Customers.Add(NewCustomer(shopId, "tom"));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.False(byEf, "Expected the save to go through DirectSave.");
        var sqlite = failure.InnerException as SqliteException;
        Assert.Equal(SqliteConstraint, sqlite?.SqliteErrorCode);
        // It really failed halfway: Asha is in the transaction until it is rolled back.
        Assert.Equal(2, await db.Customers.CountAsync());
        await transaction.RollbackAsync();

        Assert.Equal(["TOM"], NameKeys(book));
    }
}
