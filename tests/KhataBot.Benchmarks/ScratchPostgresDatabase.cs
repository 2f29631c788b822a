using Npgsql;

namespace KhataBot.Benchmarks;

/// <summary>
/// A PostgreSQL database of the benchmark's own on the server named by KHATA_TEST_PG (an Npgsql connection
/// string to a server where databases may be created; .ci/pg-cluster start DIR prints one), dropped when
/// disposed. Without the variable the PostgreSQL benchmarks print that they were skipped.
/// </summary>
internal sealed class ScratchPostgresDatabase : IAsyncDisposable
{
    public const string ServerVariable = "KHATA_TEST_PG";

    public const string SkippedReason = $"set {ServerVariable} to an Npgsql connection string (.ci/pg-cluster start DIR prints one)";

    private readonly string _server;
    private readonly string _name;

    private ScratchPostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The server's connection string, or null when KHATA_TEST_PG is not set.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public string ConnectionString { get; }

    public static async Task<ScratchPostgresDatabase> CreateAsync(string purpose)
    {
        var server = Server ?? throw new InvalidOperationException($"No PostgreSQL server: {SkippedReason}.");
        var database = new ScratchPostgresDatabase(server, $"khata_bench_{purpose}_{Guid.NewGuid():N}");
        await ExecuteAsync(server, $"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    /// <summary>Whether commits wait for the disk on this server (.ci/pg-cluster turns that off), so a
    /// figure is not compared with SQLite's synchronous FULL without saying so.</summary>
    public async Task<string> DurabilityAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('fsync') || ',' || current_setting('synchronous_commit')", connection);
        var settings = ((string)(await command.ExecuteScalarAsync())!).Split(',');
        return $"fsync={settings[0]} synchronous_commit={settings[1]}";
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // FORCE ends what is still connected (a bot process's pool winding down).
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
