using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KhataBot.Integration.Tests.Support;

/// <summary>
/// The PostgreSQL server a test run may use: <c>KHATA_TEST_DB=postgres</c> and <c>KHATA_TEST_PG</c>, an Npgsql
/// connection string to a server where the user may create databases (.ci/pg-cluster prints one). Each test
/// gets a database of its own, dropped when it ends.
/// </summary>
public static class PostgresTestServer
{
    public const string SkipReason =
        "Needs PostgreSQL: set KHATA_TEST_DB=postgres and KHATA_TEST_PG to an Npgsql connection string (.ci/pg-cluster start DIR prints one).";

    public static string? ConnectionString =>
        string.Equals(Environment.GetEnvironmentVariable("KHATA_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase)
        && Environment.GetEnvironmentVariable("KHATA_TEST_PG") is { Length: > 0 } server
            ? server
            : null;

    public static async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = $"khata_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new PostgresTestDatabase(server, name);
    }
}

/// <summary>A database of one test's own on the test server.</summary>
public sealed class PostgresTestDatabase(string server, string name) : IAsyncDisposable
{
    public string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    public async Task<T> QueryAsync<T>(Func<KhataDbContext, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<KhataDbContext>();
        DependencyInjection.UseBook(options, ConnectionString, DatabaseProvider.Postgres);
        await using var db = new KhataDbContext(options.Options);
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A test that runs only when the environment provides PostgreSQL (<see cref="PostgresTestServer"/>);
/// otherwise it is reported skipped, with the reason.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            Skip = PostgresTestServer.SkipReason;
        }
    }
}
