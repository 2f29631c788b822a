using System.Diagnostics;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Shops;
using Microsoft.Data.Sqlite;

namespace KhataBot.Benchmarks;

/// <summary>
/// "report last month" for a shop whose book holds 200,000 entries spread over the past year
/// (about 16,000 in the month), through the real path. Target p50 ≤ 50 ms: sums happen in SQL.
/// </summary>
internal static class ReportBenchmark
{
    private const int Entries = 200_000;
    private const int Customers = 1_000;
    private const long ChatId = 4242;
    private const int Runs = 40;

    public static async Task<string> RunAsync()
    {
        await using var book = await BenchmarkBook.CreateAsync("report");
        await book.Engine.HandleAsync(new IncomingMessage(ChatId, "bench", "help"), CancellationToken.None); // makes the shop
        await SeedAsync(book.ConnectionString);

        var message = new IncomingMessage(ChatId, "bench", "report last month");
        for (var i = 0; i < 5; i++)
        {
            await book.Engine.HandleAsync(message, CancellationToken.None);
        }

        var samples = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await book.Engine.HandleAsync(message, CancellationToken.None);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return $"RESULT report entries={Entries} p50_ms={Percentiles.Of(samples, 50):F2}";
    }

    /// <summary>Writes the book directly in one transaction (seeding through the bot would take minutes),
    /// keeping each customer's balance equal to the sum of their entries, as the handlers do.</summary>
    private static async Task SeedAsync(string connectionString)
    {
        var random = new Random(2026);
        var today = ShopClock.Today(new Shop(), DateTimeOffset.UtcNow);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var shopId = await ScalarAsync<long>(connection, transaction, $"SELECT Id FROM Shops WHERE ChatId = {ChatId}");

        await using (var insertCustomer = connection.CreateCommand())
        {
            insertCustomer.Transaction = transaction;
            insertCustomer.CommandText = "INSERT INTO Customers (ShopId, Name, NameKey, BalancePaise, CreatedAt) VALUES ($shop, $name, $key, 0, '2025-01-01 00:00:00+00:00')";
            var name = insertCustomer.Parameters.Add("$name", SqliteType.Text);
            var key = insertCustomer.Parameters.Add("$key", SqliteType.Text);
            insertCustomer.Parameters.AddWithValue("$shop", shopId);
            for (var c = 1; c <= Customers; c++)
            {
                name.Value = $"Customer {c}";
                key.Value = $"CUSTOMER {c}";
                await insertCustomer.ExecuteNonQueryAsync();
            }
        }

        var firstCustomer = await ScalarAsync<long>(connection, transaction, $"SELECT MIN(Id) FROM Customers WHERE ShopId = {shopId}");
        var balances = new long[Customers];
        string[] categories = ["food", "transport", "bills", "rent", "salary", "stock", "others"];
        await using (var insertEntry = connection.CreateCommand())
        {
            insertEntry.Transaction = transaction;
            insertEntry.CommandText = """
                INSERT INTO Entries (ShopId, Number, Kind, CustomerId, AmountPaise, Category, Note, Date, DuePaidPaise, EnteredBy, EnteredAt)
                VALUES ($shop, $number, $kind, $customer, $amount, $category, 'seeded', $date, 0, 'bench', '2026-01-01 00:00:00+00:00')
                """;
            insertEntry.Parameters.AddWithValue("$shop", shopId);
            var number = insertEntry.Parameters.Add("$number", SqliteType.Integer);
            var kind = insertEntry.Parameters.Add("$kind", SqliteType.Integer);
            var customer = insertEntry.Parameters.Add("$customer", SqliteType.Integer);
            var amount = insertEntry.Parameters.Add("$amount", SqliteType.Integer);
            var category = insertEntry.Parameters.Add("$category", SqliteType.Text);
            var date = insertEntry.Parameters.Add("$date", SqliteType.Text);
            for (var n = 1; n <= Entries; n++)
            {
                var roll = random.Next(100);
                var entryKind = roll < 45 ? 1 : roll < 80 ? 2 : roll < 95 ? 3 : 4;
                var paise = random.Next(1_000, 500_000);
                var who = random.Next(Customers);
                number.Value = n;
                kind.Value = entryKind;
                amount.Value = paise;
                customer.Value = entryKind <= 2 ? firstCustomer + who : DBNull.Value;
                category.Value = entryKind == 3 ? categories[random.Next(categories.Length)] : entryKind == 4 ? "sales" : DBNull.Value;
                date.Value = today.AddDays(-random.Next(365)).ToString("yyyy-MM-dd");
                await insertEntry.ExecuteNonQueryAsync();
                if (entryKind == 1) balances[who] += paise;
                if (entryKind == 2) balances[who] -= paise;
            }
        }

        await using (var setBalance = connection.CreateCommand())
        {
            setBalance.Transaction = transaction;
            setBalance.CommandText = "UPDATE Customers SET BalancePaise = $balance WHERE Id = $id";
            var balance = setBalance.Parameters.Add("$balance", SqliteType.Integer);
            var id = setBalance.Parameters.Add("$id", SqliteType.Integer);
            for (var c = 0; c < Customers; c++)
            {
                balance.Value = balances[c];
                id.Value = firstCustomer + c;
                await setBalance.ExecuteNonQueryAsync();
            }
        }

        await using (var setNumber = connection.CreateCommand())
        {
            setNumber.Transaction = transaction;
            setNumber.CommandText = $"UPDATE Shops SET LastEntryNumber = {Entries} WHERE Id = {shopId}";
            await setNumber.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }
}
