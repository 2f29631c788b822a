using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KhataBot.Integration.Tests.Support;

/// <summary>
/// An empty database of its own on the Postgres pass's server (<see cref="TestDatabase"/>), for several bot
/// processes to share: the first to start migrates it. Dropped when the test ends. Tests that use it are
/// <see cref="PostgresFactAttribute"/>s.
/// </summary>
public static class PostgresTestServer
{
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        var server = TestDatabase.Server;
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
