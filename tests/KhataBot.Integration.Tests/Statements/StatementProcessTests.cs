using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Statements;

/// <summary>The program as shipped, with its own settings file and nothing about statements configured.</summary>
public sealed class StatementProcessTests : IDisposable
{
    private readonly KhataBotProcess _bot = new();

    [PdfFact]
    public async Task A_new_install_with_no_licence_set_sends_a_statement_pdf()
    {
        var run = await _bot.RunAsync("add दिनेश शर्मा 1,500 rice\npaid दिनेश शर्मा 500\nstatement दिनेश शर्मा pdf\n");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("unavailable", run.Output + run.Errors);
        Assert.Contains("Statement for दिनेश शर्मा, all entries to ", run.Output);
        var path = Assert.Single(run.Output.Split('\n'), line => line.StartsWith("File: ", StringComparison.Ordinal))["File: ".Length..].Trim();
        Assert.EndsWith(".pdf", path);
        var text = string.Join('\n', await PdfTools.PagesAsync(await File.ReadAllBytesAsync(path)));
        Assert.Contains("Customer: दिनेश शर्मा", text);
        Assert.Contains("Closing balance", text);
        Assert.EndsWith("₹1,000", text.Split('\n').Single(l => l.Contains("Closing balance", StringComparison.Ordinal)).Trim());
    }

    public void Dispose() => _bot.Dispose();
}
