using KhataBot.Core;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Statements;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KhataBot.Integration.Tests.Support;

/// <summary>
/// A real book on a fresh database (a SQLite file, or a PostgreSQL database with KHATA_TEST_DB=postgres;
/// see <see cref="TestDatabase"/>), migrated, behind the real engine. Messages go in as text
/// (<see cref="SendAsync"/>) or as already-parsed commands (<see cref="RunAsync"/>).
/// The clock starts at 2026-11-21 10:00 in India (a Saturday) unless told otherwise.
/// </summary>
public sealed class TestBook : IAsyncDisposable
{
    public const long ChatId = 1001;

    private readonly string _directory;
    private readonly ServiceProvider _services;

    private TestBook(DateTimeOffset start, Action<IServiceCollection>? configure, string directory, FreshDatabase database)
    {
        _directory = directory;
        Database = database;
        Clock = new ManualTimeProvider(start);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).AddFilter("KhataBot", LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddKhataCore();
        services.AddKhataStatements();
        services.AddKhataData(Database.ConnectionString, Database.Provider);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Engine = _services.GetRequiredService<KhataEngine>();
    }

    public static DateTimeOffset DefaultStart { get; } = new(2026, 11, 21, 10, 0, 0, TimeSpan.FromHours(5.5));

    /// <summary>The book's database; on SQLite, <see cref="FreshDatabase.FilePath"/> is its file.</summary>
    public FreshDatabase Database { get; }

    public ManualTimeProvider Clock { get; }

    public CapturedLogs Logs { get; } = new();

    public KhataEngine Engine { get; }

    /// <summary>The book's services, for a test that drives a part (the scheduler) itself.</summary>
    public IServiceProvider Services => _services;

    /// <param name="configure">Adds or replaces services, e.g. AddKhataCharts for reports with pictures.</param>
    /// <param name="provider">The pass's provider (<see cref="TestDatabase"/>) unless given.</param>
    public static async Task<TestBook> CreateAsync(DateTimeOffset? start = null, Action<IServiceCollection>? configure = null, DatabaseProvider? provider = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "khatabot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var book = new TestBook(start ?? DefaultStart, configure, directory, await TestDatabase.CreateAsync(directory, provider: provider));
        await using var scope = book._services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<KhataDbContext>(), CancellationToken.None);
        return book;
    }

    public async Task<string> SendAsync(string text, long chatId = ChatId, string sender = "Owner") =>
        (await SendForReplyAsync(text, chatId, sender)).Text;

    public Task<Reply> SendForReplyAsync(string text, long chatId = ChatId, string sender = "Owner") =>
        Engine.HandleAsync(new IncomingMessage(chatId, sender, text), CancellationToken.None);

    public Task<Reply> RunAsync(Command command, long chatId = ChatId, string sender = "Owner") =>
        Engine.ExecuteAsync(chatId, sender, command, CancellationToken.None);

    /// <summary>A reply's files as a transport shows them: chart descriptions drawn to PNG when charts are wired in.</summary>
    public IReadOnlyList<ReplyFile> Shown(Reply reply) =>
        _services.GetService<KhataBot.Infrastructure.Charts.ChartPictures>()?.AsShown(reply.Files) ?? reply.Files;

    /// <summary>Reads the database directly, outside the engine, to check what was really stored.</summary>
    public async Task<T> QueryAsync<T>(Func<KhataDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KhataDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
