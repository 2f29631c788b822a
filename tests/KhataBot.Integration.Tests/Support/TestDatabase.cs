using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KhataBot.Integration.Tests.Support;

/// <summary>
/// Which database the tests' books are on: SQLite files by default, PostgreSQL with KHATA_TEST_DB=postgres
/// (KHATA_TEST_PG = an Npgsql connection string to a server where databases may be made; .ci/run starts a
/// throwaway one). On PostgreSQL every book is a database of its own, copied from a template migrated once
/// per run (CREATE DATABASE … TEMPLATE), and dropped when the test ends.
/// </summary>
public static class TestDatabase
{
    public const string SelectVariable = "KHATA_TEST_DB";

    public const string ServerVariable = "KHATA_TEST_PG";

    public static bool IsPostgres { get; } = string.Equals(Environment.GetEnvironmentVariable(SelectVariable), "postgres", StringComparison.OrdinalIgnoreCase);

    public static DatabaseProvider Provider => IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>The server's own connection string (its maintenance database), for making and dropping books.</summary>
    public static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable)
        ?? throw new InvalidOperationException($"{SelectVariable}=postgres needs {ServerVariable}, an Npgsql connection string (e.g. Host=127.0.0.1;Port=5432;Username=postgres).");

    private static readonly Lazy<Task<string>> Template = new(MakeTemplateAsync);

    /// <summary>A fresh, migrated, empty book: a file in <paramref name="directory"/> on SQLite (not made yet:
    /// the book's migration makes it), a database of its own on PostgreSQL.</summary>
    /// <param name="provider">The pass's provider unless a test needs the other one beside it.</param>
    public static async Task<FreshDatabase> CreateAsync(string directory, string fileName = "khata.db", bool pooling = false, DatabaseProvider? provider = null)
    {
        if ((provider ?? Provider) == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(directory, fileName);
            return new FreshDatabase(DatabaseProvider.Sqlite, $"Data Source={path}" + (pooling ? "" : ";Pooling=False"), path);
        }

        var template = await Template.Value;
        var name = "khata_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return new FreshDatabase(DatabaseProvider.Postgres, On(name), null);
    }

    /// <summary>The same, for code that cannot wait (a fixture's constructor). Run off the test's
    /// synchronization context, whose few threads this would otherwise block.</summary>
    public static FreshDatabase Create(string directory, string fileName = "khata.db", bool pooling = false) =>
        Task.Run(() => CreateAsync(directory, fileName, pooling)).GetAwaiter().GetResult();

    /// <summary>A database with nothing in it (PostgreSQL), or a file not made yet (SQLite): for the real
    /// program, which migrates its book at start.</summary>
    public static async Task<FreshDatabase> CreateEmptyAsync(string directory, string fileName = "khatabot.db")
    {
        if (!IsPostgres)
        {
            var path = Path.Combine(directory, fileName);
            return new FreshDatabase(DatabaseProvider.Sqlite, $"Data Source={path}", path);
        }

        var name = "khata_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new FreshDatabase(DatabaseProvider.Postgres, On(name), null);
    }

    /// <summary>Whether anything made the book: its file (SQLite) or its migrations' table (PostgreSQL).</summary>
    public static async Task<bool> ExistsAsync(FreshDatabase database)
    {
        if (!database.IsPostgres)
        {
            return File.Exists(database.FilePath);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass('public.\"__EFMigrationsHistory\"') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A context of its own on <paramref name="database"/>, outside any host.</summary>
    public static KhataDbContext Open(FreshDatabase database)
    {
        var options = new DbContextOptionsBuilder<KhataDbContext>();
        // SQLite without pooling, so the test's folder can go as soon as the test ends.
        var connectionString = database.IsPostgres ? database.ConnectionString : database.ConnectionString + ";Pooling=False";
        DependencyInjection.UseBook(options, connectionString, database.Provider);
        return new KhataDbContext(options.Options);
    }

    /// <summary>A connection string to database <paramref name="name"/> on the test server.</summary>
    public static string On(string name) => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    internal static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE ends what is still connected (a bot process's pool, Hangfire's server winding down).
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The book's migrations and Hangfire's schema, once per test run; dropped when the run ends.</summary>
    private static async Task<string> MakeTemplateAsync()
    {
        var name = $"khata_template_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        var connectionString = On(name);
        var options = new DbContextOptionsBuilder<KhataDbContext>();
        DependencyInjection.UseBook(options, connectionString, DatabaseProvider.Postgres);
        await using (var db = new KhataDbContext(options.Options))
        {
            await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        }

        // Hangfire makes its tables at first use; made here, every test's copy has them already.
        KhataPostgresJobStorage.Open(connectionString, new JobsOptions());
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult(); } catch (NpgsqlException) { }
        };
        return name;
    }
}

/// <summary>One test's book: its connection string and, on SQLite, its file. Disposing drops a PostgreSQL one.</summary>
public sealed record FreshDatabase(DatabaseProvider Provider, string ConnectionString, string? FilePath) : IAsyncDisposable
{
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>The settings a KhataBot process needs for this book (and its jobs, in the same database on PostgreSQL).</summary>
    public IEnumerable<KeyValuePair<string, string>> ProcessSettings()
    {
        yield return new("Database__Provider", Provider.ToString());
        yield return new("ConnectionStrings__Khata", ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (IsPostgres)
        {
            await TestDatabase.DropAsync(ConnectionString);
        }
    }
}
