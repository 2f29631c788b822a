using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Support;

/// <summary>
/// A migrated SQLite file with the app's own data registration (AddKhataData, so the compiled-SQL
/// interceptor is in place) but without the engine: for tests that drive KhataDbContext and the raw
/// connection themselves (the compiled-SQL parts, migrations).
/// </summary>
internal sealed class ScratchBook : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "khatabot-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    private ScratchBook()
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "khata.db");
        // Pooling off, as in TestBook: closing a connection really closes it, and the folder can be deleted.
        ConnectionString = $"Data Source={DatabasePath};Pooling=False";
        _services = new ServiceCollection().AddKhataData(ConnectionString).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public string DatabasePath { get; }

    public string ConnectionString { get; }

    /// <param name="migratedTo">The migration to stop at, for a book as an older version left it; all by default.</param>
    public static async Task<ScratchBook> CreateAsync(string? migratedTo = null)
    {
        var book = new ScratchBook();
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        if (migratedTo is null)
        {
            await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        }
        else
        {
            await db.GetService<IMigrator>().MigrateAsync(migratedTo);
        }

        return book;
    }

    /// <summary>A scope with its own KhataDbContext, as the engine's writer session has.</summary>
    public AsyncServiceScope NewScope() => _services.CreateAsyncScope();

    /// <summary>A connection of its own, outside EF, opened.</summary>
    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
