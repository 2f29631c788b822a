using KhataBot.Core;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Benchmarks;

/// <summary>The book exactly as the host wires it (pooled contexts, migrations): a SQLite file in a temp
/// folder, or a PostgreSQL database of its own (<see cref="ScratchPostgresDatabase"/>).</summary>
internal sealed class BenchmarkBook : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _directory;
    private readonly ScratchPostgresDatabase? _postgres;

    private BenchmarkBook(string connectionString, DatabaseProvider provider, string? directory, ScratchPostgresDatabase? postgres)
    {
        ConnectionString = connectionString;
        Provider = provider;
        _directory = directory;
        _postgres = postgres;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKhataCore();
        services.AddKhataData(connectionString, provider);
        _services = services.BuildServiceProvider();
        Engine = _services.GetRequiredService<KhataEngine>();
    }

    public string ConnectionString { get; }

    public DatabaseProvider Provider { get; }

    public KhataEngine Engine { get; }

    public IServiceProvider Services => _services;

    /// <summary>For a result line: PostgreSQL's durability settings (" fsync=… synchronous_commit=…"); nothing
    /// on SQLite, whose book always commits with synchronous FULL.</summary>
    public async Task<string> DurabilityAsync() => _postgres is null ? "" : " " + await _postgres.DurabilityAsync();

    public static async Task<BenchmarkBook> CreateAsync(string name, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        BenchmarkBook book;
        if (provider == DatabaseProvider.Postgres)
        {
            var database = await ScratchPostgresDatabase.CreateAsync(name.Replace('-', '_'));
            book = new BenchmarkBook(database.ConnectionString, provider, directory: null, database);
        }
        else
        {
            var directory = Path.Combine(Path.GetTempPath(), "khatabot-bench", $"{name}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(directory);
            book = new BenchmarkBook($"Data Source={Path.Combine(directory, "khata.db")}", provider, directory, postgres: null);
        }

        await using var scope = book._services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<KhataDbContext>(), CancellationToken.None);
        return book;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        }
    }
}
