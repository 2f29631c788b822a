using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Data;

/// <summary>Brings the database up to the checked-in migrations before anything else reads it.
/// Registered first, so every other hosted service starts on a current schema.</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await MigrateAsync(db, cancellationToken);
        logger.LogInformation("Database ready at {DataSource}", Where(db));
    }

    /// <summary>The SQLite file's full path, or PostgreSQL's server and database (never the password).</summary>
    private static string Where(KhataDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        return db.Database.IsSqlite() ? Path.GetFullPath(connection.DataSource) : $"{connection.DataSource}/{connection.Database} (PostgreSQL)";
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(KhataDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (reports) run while a message is being written; it is a property of the
            // file, so setting it once is enough. synchronous stays at SQLite's default, FULL: a reply
            // that says "recorded" must survive a power cut.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        else
        {
            // EF reads the history table before it makes it, and on a new PostgreSQL database logs that read's
            // failure as an error (npgsql/efcore.pg#3407): made first, a new install logs no false alarm.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
