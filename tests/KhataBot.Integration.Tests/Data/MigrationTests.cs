using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Data;

public sealed class MigrationTests
{
    /// <summary>Each provider's own set (SQLite's, or PostgreSQL's with KHATA_TEST_DB=postgres) on an empty database.</summary>
    [Fact]
    public async Task Checked_in_migrations_make_an_empty_database_and_match_the_model()
    {
        var directory = Path.Combine(Path.GetTempPath(), "khatabot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        await using var database = await TestDatabase.CreateEmptyAsync(directory);
        await using var db = TestDatabase.Open(database);

        await Infrastructure.Data.DatabaseMigrator.MigrateAsync(db, CancellationToken.None);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Shops.CountAsync());
        Assert.False(db.Database.HasPendingModelChanges(), database.IsPostgres
            ? "The model changed without a PostgreSQL migration: dotnet ef migrations add NAME -p src/KhataBot.Infrastructure.Postgres -s src/KhataBot.Infrastructure.Postgres (docs/decisions/0018)."
            : "The model changed without a SQLite migration: run tools/NewMigration (docs/decisions/0002).");
        Directory.Delete(directory, recursive: true);
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

    [SqliteOnlyFact("WAL and synchronous=FULL are how a SQLite file is kept durable (decision 0004)")]
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

/// <summary>Says in the SQLite pass's output that the PostgreSQL pass is a separate run (and how to run it).</summary>
public sealed class PostgresPassTests
{
    [PostgresFact]
    public void The_book_is_on_postgresql_in_this_pass() => Assert.True(Support.TestDatabase.IsPostgres);
}
