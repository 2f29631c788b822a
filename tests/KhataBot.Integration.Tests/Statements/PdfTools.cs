using System.Diagnostics;

namespace KhataBot.Integration.Tests.Statements;

/// <summary>Poppler's pdftotext and pdfinfo (Debian poppler-utils), to read statements back as a reader would.</summary>
internal static class PdfTools
{
    public static bool Installed { get; } = File.Exists("/usr/bin/pdftotext") || OnPath("pdftotext");

    /// <summary>The text page by page, with -layout so each table row stays on one line.</summary>
    public static async Task<string[]> PagesAsync(byte[] pdf)
    {
        var text = await RunAsync("pdftotext", pdf, "-layout", "-enc", "UTF-8");
        return text.Split('\f').SkipLast(1).ToArray();
    }

    /// <summary>pdfinfo's report: "Title:", "Pages:", "Page size: 595.28 x 841.89 pts (A4)" and so on, a line each.</summary>
    public static Task<string> InfoAsync(byte[] pdf) => RunAsync("pdfinfo", pdf);

    private static async Task<string> RunAsync(string tool, byte[] pdf, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"statement-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var option in options) start.ArgumentList.Add(option);
            start.ArgumentList.Add(file);
            if (tool == "pdftotext") start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {await errors}");
            return await output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
}

/// <summary>A test that reads a PDF back. Skipped only on a developer machine without poppler-utils; on CI
/// (the CI variable set) it runs and fails loudly, since .ci/run installs the tools.</summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if (!PdfTools.Installed && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = "pdftotext is not installed (apt-get install poppler-utils).";
        }
    }
}
