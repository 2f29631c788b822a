using System.Diagnostics;

namespace KhataBot.Integration.Tests.Support;

/// <summary>Runs the real KhataBot program (the built KhataBot.dll) as a separate process, the way
/// `dotnet run --project src/KhataBot` would, with a book and files folder of the test's own.</summary>
public sealed class KhataBotProcess : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "khatabot-tests", Guid.NewGuid().ToString("N"));

    public KhataBotProcess()
    {
        Directory.CreateDirectory(_directory);
    }

    public string DatabasePath => Path.Combine(_directory, "khatabot.db");

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
        start.Environment["ConnectionStrings__Khata"] = $"Data Source={DatabasePath}";
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
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
