using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Checked_in_migrations_match_the_model()
    {
        await using var book = await TestBook.CreateAsync();

        var pending = await book.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The model changed without a migration: run tools/NewMigration (docs/decisions/0002).");
    }

    [Fact]
    public async Task Migrating_an_existing_book_again_keeps_its_data()
    {
        await using var book = await TestBook.CreateAsync();
        await book.QueryAsync(async db =>
        {
            db.Shops.Add(new Core.Shops.Shop { ChatId = 77, Name = "Sharma Stores" });
            return await db.SaveChangesAsync();
        });

        var names = await book.QueryAsync(async db =>
        {
            await Infrastructure.Data.DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
            return await db.Shops.Select(s => s.Name).ToListAsync();
        });

        Assert.Equal(["Sharma Stores"], names);
    }

    [Fact]
    public async Task The_book_is_in_wal_mode_with_full_sync()
    {
        await using var book = await TestBook.CreateAsync();

        var (journal, synchronous) = await book.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            var mode = (string)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA synchronous;";
            var sync = (long)(await command.ExecuteScalarAsync())!;
            return (mode, sync);
        });

        Assert.Equal("wal", journal);
        Assert.Equal(2L, synchronous); // FULL
    }
}
