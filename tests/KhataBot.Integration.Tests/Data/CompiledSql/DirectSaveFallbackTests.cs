using KhataBot.Core.Ledger;
using KhataBot.Core.Shops;
using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>What DirectSave does not handle still gets saved, by EF's own SaveChanges.</summary>
public sealed class DirectSaveFallbackTests
{
    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_save_with_a_deletion_is_left_to_SaveChanges_and_writes_everything()
    {
        await using var book = await ScratchBook.CreateAsync();
        var shopId = await AddShopWithCustomersAsync(book, "Old");
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await using var open = await db.KeepConnectionOpenAsync(CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();

        db.Customers.Remove(await db.Customers.SingleAsync(c => c.NameKey == "OLD"));
        db.Customers.Add(NewCustomer(shopId, "New"));
        Assert.True(await SaveBothWays.SavedByEfAsync(db));
        await transaction.CommitAsync();

        Assert.Equal(["NEW"], NameKeys(book));
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_save_without_a_transaction_is_left_to_SaveChanges()
    {
        await using var book = await ScratchBook.CreateAsync();
        var shopId = await AddShopWithCustomersAsync(book);
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        // Open, so there is a shelf, but no transaction that a failure halfway could roll back with.
        await using var open = await db.KeepConnectionOpenAsync(CancellationToken.None);

        db.Customers.Add(NewCustomer(shopId, "New"));
        Assert.True(await SaveBothWays.SavedByEfAsync(db));

        Assert.Equal(["NEW"], NameKeys(book));
    }

    internal static Customer NewCustomer(long shopId, string name) =>
        new() { ShopId = shopId, Name = name, NameKey = Customer.KeyFor(name), CreatedAt = DateTimeOffset.UnixEpoch };

    /// <summary>A shop with these customers, saved the plain way; its id.</summary>
    internal static async Task<long> AddShopWithCustomersAsync(ScratchBook book, params string[] names)
    {
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        var shop = new Shop { ChatId = 1 };
        db.Shops.Add(shop);
        await db.SaveChangesAsync();
        db.Customers.AddRange(names.Select(n => NewCustomer(shop.Id, n)));
        await db.SaveChangesAsync();
        return shop.Id;
    }

    /// <summary>The customers' name keys as stored, read on a connection of its own.</summary>
    internal static List<string> NameKeys(ScratchBook book) =>
        TableRows.Read(book.ConnectionString, "Customers")
            .Select(row => row.Split(" | ").Single(cell => cell.StartsWith("NameKey=", StringComparison.Ordinal))["NameKey=String:".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
}
