using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Benchmarks;

/// <summary>
/// The dashboard's three heaviest pages for one shop with 200,000 entries over two years (credits with
/// dues, payments, expenses, income), 2,000 customers and budgets: the overview, the customer list and one
/// filtered entries page. Through the real program (console chat, `--urls http://127.0.0.1:{port}`), signed
/// in with the link `dashboard` prints, each page a GET over loopback; the time is the whole request as the
/// client sees it, so an upper bound of the server's time. Target each p50 ≤ 50 ms.
/// </summary>
internal static partial class DashboardBenchmark
{
    private const int Entries = 200_000;
    private const int Customers = 2_000;
    private const int Runs = 40;

    public const string OverviewPath = "/app/overview";
    public const string CustomersPath = "/app/customers";
    /// <summary>This year's credits, page 2: a filter that matches tens of thousands of entries.</summary>
    public const string EntriesPath = "/app/entries?period=this-year&kind=credit&page=2";

    public static async Task<string> RunAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "khatabot-bench", $"dashboard-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "khata.db");
        var files = Path.Combine(directory, "files");
        try
        {
            // The program makes the book and the console's shop; the big book is then written straight in.
            await using (var first = RunningKhataBot.Start(AppContext.BaseDirectory, directory, database, files))
            {
                await first.SayAsync("help");
                await first.WaitForAsync(HelpReply(), TimeSpan.FromSeconds(60));
            }

            await BookSeed.WriteAsync($"Data Source={database};Pooling=False", chatId: 1, new BookSeed.Shape(Entries, Customers, Days: 730, Phones: true, Dues: true, Budgets: true));

            await using var bot = RunningKhataBot.Start(AppContext.BaseDirectory, directory, database, files);
            using var client = await SignInAsync(bot);
            var overview = await TimeAsync(client, OverviewPath);
            var customers = await TimeAsync(client, CustomersPath);
            var entries = await TimeAsync(client, EntriesPath);
            return $"RESULT dashboard entries={Entries} overview_p50_ms={overview:F2} customers_p50_ms={customers:F2} entries_page_p50_ms={entries:F2}";
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>As a person does: type `dashboard`, open the link, press the button (a form POST with its
    /// antiforgery token); the session cookie comes back.</summary>
    private static async Task<HttpClient> SignInAsync(RunningKhataBot bot)
    {
        var link = await bot.AskForSignInLinkAsync();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = bot.Site };
        var page = await client.GetStringAsync(link);
        var form = new Dictionary<string, string>
        {
            ["token"] = link.Segments[^1],
            ["__khata_form"] = Antiforgery().Match(page).Groups[1].Value,
        };
        using var signedIn = await client.PostAsync("/app/signin", new FormUrlEncodedContent(form));
        if (!signedIn.IsSuccessStatusCode || signedIn.RequestMessage?.RequestUri?.AbsolutePath != OverviewPath)
        {
            throw new InvalidOperationException($"Signing in with {link} gave {(int)signedIn.StatusCode} at {signedIn.RequestMessage?.RequestUri}.");
        }

        return client;
    }

    private static async Task<double> TimeAsync(HttpClient client, string path)
    {
        for (var i = 0; i < 5; i++)
        {
            await GetAsync(client, path);
        }

        var samples = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await GetAsync(client, path);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Percentiles.Of(samples, 50);
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        }
    }

    [GeneratedRegex("name=\"__khata_form\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("KhataBot")]
    private static partial Regex HelpReply();
}
