using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace KhataBot.Integration.Tests.Support;

/// <summary>
/// The real KhataBot program (the built KhataBot.dll) kept running in console-chat mode with its dashboard on
/// http://127.0.0.1:{free port} (or where the program itself chooses), so a test can type into the chat, read
/// what it prints, and open the pages as a person would. Also linked into the benchmarks, which time the same
/// pages; the tests start it on their own book with <c>StartOn</c> (RunningKhataBot.OnTestBook.cs).
/// </summary>
public sealed partial class RunningKhataBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly Uri? _site;

    private RunningKhataBot(Process process, Uri? site)
    {
        _process = process;
        _site = site;
    }

    /// <summary>Where the dashboard listens: http://127.0.0.1:{port}/.</summary>
    public Uri Site => _site ?? throw new InvalidOperationException("Started without --urls: the dashboard is where its sign-in link points.");

    public string Output { get { lock (_output) return _output.ToString(); } }

    public string Errors { get { lock (_errors) return _errors.ToString(); } }

    /// <summary>Starts `dotnet KhataBot.dll chat --urls http://127.0.0.1:{port}` on the given book.</summary>
    /// <param name="programDirectory">The folder with KhataBot.dll (a project that references src/KhataBot has it in its own output).</param>
    public static RunningKhataBot Start(string programDirectory, string workDirectory, string databasePath, string filesDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        // The book's file, unless the settings name another book (a PostgreSQL database).
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Khata"] = $"Data Source={databasePath}" };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) environment[name] = value;
        return Launch(programDirectory, workDirectory, environment, filesDirectory, new Uri($"http://127.0.0.1:{FreePort()}/"));
    }

    /// <param name="environment">The program's settings as environment variables, the book's among them.</param>
    /// <param name="site">Passed as --urls; with none the program listens where it chooses by itself.</param>
    private static RunningKhataBot Launch(string programDirectory, string workDirectory, IReadOnlyDictionary<string, string> environment, string filesDirectory, Uri? site)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(programDirectory, "KhataBot.dll"));
        start.ArgumentList.Add("chat");
        if (site is not null)
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(site.ToString().TrimEnd('/'));
        }

        start.Environment["Console__FilesDirectory"] = filesDirectory;
        start.Environment["Console__UserName"] = "Asha";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new RunningKhataBot(process, site);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (bot._output) bot._output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (bot._errors) bot._errors.Append(e.Data).Append('\n'); };
        process.Exited += (_, _) => bot._exited.TrySetResult();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Types messages into the chat, one a line.</summary>
    public async Task SayAsync(params string[] messages)
    {
        foreach (var message in messages)
        {
            await _process.StandardInput.WriteLineAsync(message);
        }

        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits until the chat has printed something the pattern matches (searching only what came
    /// after <paramref name="after"/> characters) and returns the match.</summary>
    public async Task<Match> WaitForAsync(Regex pattern, TimeSpan timeout, int after = 0)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var output = Output;
            var match = pattern.Match(output, Math.Min(after, output.Length));
            if (match.Success)
            {
                return match;
            }

            if (_exited.Task.IsCompleted)
            {
                throw new InvalidOperationException($"KhataBot stopped (exit code {_process.ExitCode}) before printing {pattern}.\nOutput:\n{output}\nErrors:\n{Errors}");
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"KhataBot printed nothing matching {pattern} in {timeout.TotalSeconds} s.\nOutput:\n{output}\nErrors:\n{Errors}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Types `dashboard` and returns the one-time sign-in link the chat prints.</summary>
    public async Task<Uri> AskForSignInLinkAsync()
    {
        var before = Output.Length;
        await SayAsync("dashboard");
        var link = await WaitForAsync(SignInLink(), TimeSpan.FromSeconds(60), before);
        return new Uri(link.Value);
    }

    /// <summary>Ends the chat as a person does (end of input) and waits for the program to exit.</summary>
    public async Task<int> ExitAsync()
    {
        _process.StandardInput.Close();
        await _exited.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    /// <summary>Ends the chat as a person would (end of input), and kills the process if it does not stop.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_exited.Task.IsCompleted)
            {
                _process.StandardInput.Close();
                await _exited.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"https?://[^\s/]+/app/signin/[A-Za-z0-9_\-]+")]
    private static partial Regex SignInLink();
}
