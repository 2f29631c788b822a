using System.Diagnostics;
using KhataBot.Core.Statements;
using KhataBot.Infrastructure.Statements;

namespace KhataBot.Benchmarks;

/// <summary>A five-page statement (190 entries, a Devanagari customer, open dues) drawn to PDF: the median time.
/// Target: under 300 ms.</summary>
internal static class StatementBenchmark
{
    private const int Entries = 190;
    private const int Runs = 20;

    public static async Task<string> RunAsync()
    {
        var statement = FivePages();
        var document = new PdfStatementDocument();
        var pages = StatementLayout.Lay(statement).Count;
        for (var i = 0; i < 5; i++) document.Render(statement);
        await SteadyState.LetTieredCompilationFinishAsync();

        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            document.Render(statement);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return $"RESULT statement pages={pages} ms={Percentiles.Of(times, 50):F1}";
    }

    private static CustomerStatement FivePages()
    {
        var from = new DateOnly(2026, 1, 1);
        var balance = 0L;
        var lines = Enumerable.Range(0, Entries).Select(i =>
        {
            var (given, paid) = i % 3 == 2 ? (0L, 500_00L) : (1_000_00L + i * 100, 0L);
            balance += given - paid;
            return new StatementLine(from.AddDays(i), i + 1, i % 2 == 0 ? $"चावल और दाल {i}" : $"rice and dal, {i} kg", given, paid, balance);
        }).ToList();
        var dues = Enumerable.Range(0, 8).Select(i => new StatementDue(200 + i, from.AddDays(200 + i), from.AddDays(230 + i), 750_00, i % 2 == 0)).ToList();
        return new CustomerStatement("शर्मा किराना स्टोर", "दिनेश शर्मा", "+919876543210", null, "All entries", from.AddDays(Entries),
            0, lines, balance, dues);
    }
}
