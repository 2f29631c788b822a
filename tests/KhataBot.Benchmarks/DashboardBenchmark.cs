using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using KhataBot.Core.Shops;
using KhataBot.Integration.Tests.Support;
using Microsoft.Data.Sqlite;

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

            await SeedAsync($"Data Source={database};Pooling=False");

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

    /// <summary>One transaction straight into the book (through the bot it would take hours), keeping each
    /// customer's balance equal to the sum of their entries and the due bookkeeping as the handlers keep it.</summary>
    private static async Task SeedAsync(string connectionString)
    {
        var random = new Random(2026);
        var today = ShopClock.Today(new Shop(), DateTimeOffset.UtcNow);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var shopId = await ScalarAsync(connection, transaction, "SELECT Id FROM Shops WHERE ChatId = 1");

        await using (var insertCustomer = Command(connection, transaction,
            "INSERT INTO Customers (ShopId, Name, NameKey, Phone, BalancePaise, CreatedAt) VALUES ($shop, $name, $key, $phone, 0, '2024-01-01 00:00:00+00:00')"))
        {
            insertCustomer.Parameters.AddWithValue("$shop", shopId);
            var name = insertCustomer.Parameters.Add("$name", SqliteType.Text);
            var key = insertCustomer.Parameters.Add("$key", SqliteType.Text);
            var phone = insertCustomer.Parameters.Add("$phone", SqliteType.Text);
            for (var c = 1; c <= Customers; c++)
            {
                name.Value = $"Customer {c}";
                key.Value = $"CUSTOMER {c}";
                phone.Value = $"+9198{c:D8}";
                await insertCustomer.ExecuteNonQueryAsync();
            }
        }

        var firstCustomer = await ScalarAsync(connection, transaction, $"SELECT MIN(Id) FROM Customers WHERE ShopId = {shopId}");
        var balances = new long[Customers];
        string[] categories = ["food", "transport", "bills", "rent", "salary", "stock", "others"];
        await using (var insertEntry = Command(connection, transaction, """
            INSERT INTO Entries (ShopId, Number, Kind, CustomerId, AmountPaise, Category, Note, Date, DueDate, DuePaidPaise, EnteredBy, EnteredAt)
            VALUES ($shop, $number, $kind, $customer, $amount, $category, 'seeded', $date, $due, $duePaid, 'bench', '2026-01-01 00:00:00+00:00')
            """))
        {
            insertEntry.Parameters.AddWithValue("$shop", shopId);
            var number = insertEntry.Parameters.Add("$number", SqliteType.Integer);
            var kind = insertEntry.Parameters.Add("$kind", SqliteType.Integer);
            var customer = insertEntry.Parameters.Add("$customer", SqliteType.Integer);
            var amount = insertEntry.Parameters.Add("$amount", SqliteType.Integer);
            var category = insertEntry.Parameters.Add("$category", SqliteType.Text);
            var date = insertEntry.Parameters.Add("$date", SqliteType.Text);
            var due = insertEntry.Parameters.Add("$due", SqliteType.Text);
            var duePaid = insertEntry.Parameters.Add("$duePaid", SqliteType.Integer);
            for (var n = 1; n <= Entries; n++)
            {
                var roll = random.Next(100);
                var entryKind = roll < 45 ? 1 : roll < 80 ? 2 : roll < 95 ? 3 : 4;
                var paise = random.Next(1_000, 500_000);
                var who = random.Next(Customers);
                var day = today.AddDays(-random.Next(730));
                // A third of the credits carry a due date a month on; those from more than 90 days ago are paid.
                var dueDate = entryKind == 1 && random.Next(3) == 0 ? day.AddDays(30) : (DateOnly?)null;
                number.Value = n;
                kind.Value = entryKind;
                amount.Value = paise;
                customer.Value = entryKind <= 2 ? firstCustomer + who : DBNull.Value;
                category.Value = entryKind == 3 ? categories[random.Next(categories.Length)] : entryKind == 4 ? "sales" : DBNull.Value;
                date.Value = day.ToString("yyyy-MM-dd");
                due.Value = dueDate is { } d ? d.ToString("yyyy-MM-dd") : DBNull.Value;
                duePaid.Value = dueDate is not null && day < today.AddDays(-90) ? paise : 0;
                await insertEntry.ExecuteNonQueryAsync();
                if (entryKind == 1) balances[who] += paise;
                if (entryKind == 2) balances[who] -= paise;
            }
        }

        await using (var setBalance = Command(connection, transaction, "UPDATE Customers SET BalancePaise = $balance WHERE Id = $id"))
        {
            var balance = setBalance.Parameters.Add("$balance", SqliteType.Integer);
            var id = setBalance.Parameters.Add("$id", SqliteType.Integer);
            for (var c = 0; c < Customers; c++)
            {
                balance.Value = balances[c];
                id.Value = firstCustomer + c;
                await setBalance.ExecuteNonQueryAsync();
            }
        }

        await using (var budgets = Command(connection, transaction, $"""
            INSERT INTO Budgets (ShopId, Category, AmountPaise) VALUES ({shopId}, 'food', 5000000), ({shopId}, 'transport', 2000000), ({shopId}, 'stock', 50000000);
            UPDATE Shops SET LastEntryNumber = {Entries} WHERE Id = {shopId};
            """))
        {
            await budgets.ExecuteNonQueryAsync();
        }

        // No ANALYZE: the program never runs one, so the planner sees the book as a shop's would be.
        await transaction.CommitAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = Command(connection, transaction, sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    [GeneratedRegex("name=\"__khata_form\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("KhataBot")]
    private static partial Regex HelpReply();
}
