using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace KhataBot.Integration.Tests.Support;

/// <summary>
/// The real KhataBot program as a console chat in its own process, kept open: lines are typed into it one by
/// one and its output read as it comes, so a test can type `dashboard` and open the printed sign-in link
/// against the program's own Kestrel, as a person would.
/// </summary>
public sealed partial class ConsoleChatProcess : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "khatabot-tests", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private readonly Process _process;
    private readonly FreshDatabase _database;

    private ConsoleChatProcess(params string[] args)
    {
        Directory.CreateDirectory(_directory);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KhataBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The book follows the test pass: a SQLite file (jobs beside it), or a PostgreSQL database of its own.
        _database = Task.Run(() => TestDatabase.CreateEmptyAsync(_directory)).GetAwaiter().GetResult();
        foreach (var (name, value) in _database.ProcessSettings()) start.Environment[name] = value;
        if (!_database.IsPostgres) start.Environment["ConnectionStrings__Jobs"] = $"Data Source={Path.Combine(_directory, "jobs.db")}";
        start.Environment["Console__FilesDirectory"] = Path.Combine(_directory, "files");
        start.Environment["Console__UserName"] = "Asha";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <param name="args">e.g. "--urls", "http://127.0.0.1:5123"; none starts the dashboard on 127.0.0.1 only.</param>
    public static ConsoleChatProcess Start(params string[] args) => new(args);

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public async Task TypeAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Types `dashboard` and returns the one-time sign-in link the chat prints.</summary>
    public async Task<Uri> DashboardLinkAsync()
    {
        var before = SignInLink().Matches(Output).Count;
        await TypeAsync("dashboard");
        await TestWait.UntilAsync(() => SignInLink().Matches(Output).Count > before, TimeSpan.FromSeconds(30), "the sign-in link\n" + Output);
        return new Uri(SignInLink().Matches(Output)[^1].Value);
    }

    /// <summary>Ends the chat as a person does (end of input) and waits for the program to exit.</summary>
    public async Task<int> ExitAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _database.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"https?://[^\s/]+/app/signin/[A-Za-z0-9_-]{22}")]
    private static partial Regex SignInLink();
}
