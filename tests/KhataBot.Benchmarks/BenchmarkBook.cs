using KhataBot.Core;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Benchmarks;

/// <summary>The book exactly as the host wires it (pooled contexts, SQLite file, migrations), in a temp folder.</summary>
internal sealed class BenchmarkBook : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BenchmarkBook(string directory)
    {
        Directory = directory;
        DatabasePath = Path.Combine(directory, "khata.db");
        ConnectionString = $"Data Source={DatabasePath}";
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKhataCore();
        services.AddKhataData(ConnectionString);
        _services = services.BuildServiceProvider();
        Engine = _services.GetRequiredService<KhataEngine>();
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public string ConnectionString { get; }

    public KhataEngine Engine { get; }

    public IServiceProvider Services => _services;

    public static async Task<BenchmarkBook> CreateAsync(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "khatabot-bench", $"{name}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory);
        var book = new BenchmarkBook(directory);
        await using var scope = book._services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<KhataDbContext>(), CancellationToken.None);
        return book;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
