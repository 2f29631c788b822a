using System.Diagnostics;

namespace KhataBot.Integration.Tests.Support;

/// <summary>Runs the real KhataBot program (the built KhataBot.dll) as a separate process, the way
/// `dotnet run --project src/KhataBot` would, with a book and files folder of the test's own.</summary>
public sealed class KhataBotProcess : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "khatabot-tests", Guid.NewGuid().ToString("N"));

    private readonly bool _ownsDatabase = true;

    public KhataBotProcess()
    {
        Directory.CreateDirectory(_directory);
    }

    /// <summary>A program on another's book (a console chat on a Telegram bot's), which that one drops.</summary>
    public KhataBotProcess(FreshDatabase sharedBook)
        : this()
    {
        _database = sharedBook;
        _ownsDatabase = false;
    }

    private FreshDatabase? _database;

    /// <summary>The book's file on SQLite (see <see cref="Database"/>).</summary>
    public string DatabasePath => Path.Combine(_directory, "khatabot.db");

    /// <summary>The book, made empty at the first run (the program migrates it, as on a new install).</summary>
    public FreshDatabase Database => _database ??= Task.Run(() => TestDatabase.CreateEmptyAsync(_directory)).GetAwaiter().GetResult();

    /// <summary>Whether a run made the book (its file, or its tables on PostgreSQL).</summary>
    public Task<bool> BookExistsAsync() => TestDatabase.ExistsAsync(Database);

    public string FilesDirectory => Path.Combine(_directory, "files");

    /// <summary>More settings for the program, as environment variables (Jobs__SweepInterval=...).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(string standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KhataBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in Database.ProcessSettings()) start.Environment[name] = value;
        start.Environment["Console__FilesDirectory"] = FilesDirectory;
        start.Environment["Console__UserName"] = "Asha";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in Environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    public void Dispose()
    {
        if (_ownsDatabase && _database is { } database) Task.Run(() => database.DisposeAsync().AsTask()).GetAwaiter().GetResult();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
