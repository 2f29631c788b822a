using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KhataBot.Benchmarks;

/// <summary>
/// The benchmark's side of <see cref="StandInServerProcess"/>: starts it, and turns its line commands into
/// calls. One command at a time; pushes are written without waiting for an answer.
/// </summary>
internal sealed class StandInProcess : IAsyncDisposable
{
    private readonly Process _process;

    private StandInProcess(Process process, Uri baseUrl, string token)
    {
        _process = process;
        BaseUrl = baseUrl;
        Token = token;
    }

    public Uri BaseUrl { get; }

    public string Token { get; }

    public static async Task<StandInProcess> StartAsync()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        // Run as `dotnet KhataBot.Benchmarks.dll`, the host needs the program; run as its own executable, not.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(StandInProcess).Assembly.Location);
        }

        start.ArgumentList.Add(StandInServerProcess.Argument);
        // A diagnostics tool attached to the benchmark (dotnet-counters, dotnet-trace) would otherwise wait on the child as well.
        start.Environment.Remove("DOTNET_DiagnosticPorts");
        var process = Process.Start(start) ?? throw new InvalidOperationException("The stand-in process did not start.");
        var ready = (await ReadAnswerAsync(process)).Split(' ');
        if (ready is not ["ready", var baseUrl, var token])
        {
            process.Kill();
            throw new InvalidOperationException($"The stand-in process did not come up: {string.Join(' ', ready)}");
        }

        return new StandInProcess(process, new Uri(baseUrl), token);
    }

    /// <summary>Each chat's user writes its text, all at once.</summary>
    public void Push(IEnumerable<(long Chat, string Text)> messages) => Write(messages.Select(m => $"push {m.Chat} {m.Text}"));

    /// <summary>The chat's user writes; its latency is measured from now to the chat's last reply (<see cref="LatenciesAsync"/>).</summary>
    public void PushTimed(long chat, string text) => Write([$"mark {chat} {text}"]);

    public async Task WaitForTotalSentAsync(int total, TimeSpan timeout)
    {
        var answer = await AskAsync($"wait {total} {(int)timeout.TotalSeconds}");
        if (answer != "ok") throw new TimeoutException($"The stand-in: {answer}");
    }

    public async Task<int> SentCountAsync() => int.Parse(await AskAsync("count"), CultureInfo.InvariantCulture);

    /// <summary>Milliseconds from each timed push to that chat's last reply, on the stand-in's clock.</summary>
    public async Task<List<double>> LatenciesAsync() =>
        [.. (await AskAsync("latencies")).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ms => double.Parse(ms, CultureInfo.InvariantCulture))];

    public async Task<double> CpuMillisecondsAsync() => double.Parse(await AskAsync("cpu"), CultureInfo.InvariantCulture);

    public async Task<GcFigures> GcAsync() => GcFigures.Parse(await AskAsync("gc"));

    /// <summary>No collection in the stand-in until <see cref="ReleaseGcAsync"/>; says whether it could promise that.</summary>
    public Task<string> HoldGcAsync() => AskAsync("hold");

    public Task<string> ReleaseGcAsync() => AskAsync("release");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AskAsync("quit");
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or OperationCanceledException)
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Write(IEnumerable<string> lines)
    {
        foreach (var line in lines) _process.StandardInput.WriteLine(line);
        _process.StandardInput.Flush();
    }

    private async Task<string> AskAsync(string command)
    {
        Write([command]);
        return await ReadAnswerAsync(_process);
    }

    /// <summary>The next answer; the stand-in's other output (its warnings) goes on to stderr.</summary>
    private static async Task<string> ReadAnswerAsync(Process process)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(StandInServerProcess.AnswerPrefix, StringComparison.Ordinal)) return line[StandInServerProcess.AnswerPrefix.Length..];
            Console.Error.WriteLine(line);
        }

        throw new InvalidOperationException("The stand-in process ended before it answered.");
    }
}
