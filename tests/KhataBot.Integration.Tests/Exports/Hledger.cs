using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KhataBot.Integration.Tests.Exports;

/// <summary>Runs the real hledger (Debian package "hledger") on an exported journal.</summary>
public static class Hledger
{
    public static bool IsInstalled { get; } = Environment.GetEnvironmentVariable("PATH")?
        .Split(Path.PathSeparator)
        .Any(dir => File.Exists(Path.Combine(dir, "hledger"))) ?? false;

    public static async Task<string> RunAsync(string journal, params string[] arguments)
    {
        var start = new ProcessStartInfo("hledger")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add(journal);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // hledger (GHC) decodes files with the locale's encoding: under LANG=C a Hindi name fails to read.
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["LC_ALL"] = "C.UTF-8";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("hledger did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"hledger {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
        return await output;
    }

    /// <summary>"INR 1200.50", "INR -150.00" or "0" as paise.</summary>
    public static long Paise(string amount)
    {
        var number = amount.Replace("INR", "", StringComparison.Ordinal).Trim();
        return (long)(decimal.Parse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 100);
    }
}

/// <summary>A test that needs hledger: skipped on a developer machine without it, but never in CI
/// (CI sets CI=true and installs hledger), so a broken install cannot hide a failing export.</summary>
public sealed class HledgerFactAttribute : FactAttribute
{
    public HledgerFactAttribute()
    {
        if (!Hledger.IsInstalled && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = "hledger is not installed (apt-get install hledger).";
        }
    }
}
