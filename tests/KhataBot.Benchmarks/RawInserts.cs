using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace KhataBot.Benchmarks;

/// <summary>
/// The bare limit the pipeline is measured against: one-row transactional inserts with Microsoft.Data.Sqlite
/// on the book's file settings (WAL, synchronous FULL, pooled connections), each on its own connection from
/// the pool, as a simple app would write. Run in rounds between the pipeline's rounds, so both see the
/// same disk: this machine's fsync time drifts by a third within minutes.
/// </summary>
internal sealed class RawInserts : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _connectionString;
    private readonly Stopwatch _elapsed = new();
    private int _inserted;

    private RawInserts(string directory)
    {
        _directory = directory;
        _connectionString = $"Data Source={Path.Combine(directory, "raw.db")}";
    }

    public double PerSecond => _inserted / _elapsed.Elapsed.TotalSeconds;

    public static async Task<RawInserts> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "khatabot-bench", $"raw-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var raw = new RawInserts(directory);
        await using var setup = new SqliteConnection(raw._connectionString);
        await setup.OpenAsync();
        await using var command = setup.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE Entries (Id INTEGER PRIMARY KEY AUTOINCREMENT, ShopId INTEGER NOT NULL, Number INTEGER NOT NULL,
              Kind INTEGER NOT NULL, AmountPaise INTEGER NOT NULL, Note TEXT, Date TEXT NOT NULL);
            """;
        await command.ExecuteNonQueryAsync();
        return raw;
    }

    public async Task InsertAsync(int count, int shops)
    {
        _elapsed.Start();
        for (var i = 0; i < count; i++, _inserted++)
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync();
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Entries (ShopId, Number, Kind, AmountPaise, Note, Date) VALUES ($shop, $number, 1, $amount, 'groceries', '2026-11-21')";
            insert.Parameters.AddWithValue("$shop", _inserted % shops);
            insert.Parameters.AddWithValue("$number", _inserted);
            insert.Parameters.AddWithValue("$amount", 50_000 + _inserted);
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        _elapsed.Stop();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
