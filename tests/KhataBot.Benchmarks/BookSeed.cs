using KhataBot.Core.Shops;
using Microsoft.Data.Sqlite;

namespace KhataBot.Benchmarks;

/// <summary>
/// A big book written straight into a shop's SQLite file in one transaction (through the bot it would take
/// hours): customers, then entries over the past days (45% credits, 35% payments, 15% expenses, 5% income),
/// keeping each customer's balance equal to the sum of their entries and the due bookkeeping as the
/// handlers keep it. The same seed gives the same book.
/// </summary>
internal static class BookSeed
{
    private static readonly string[] Categories = ["food", "transport", "bills", "rent", "salary", "stock", "others"];

    /// <param name="Days">Entries are dated over this many days up to today.</param>
    /// <param name="Phones">Every customer gets a phone number.</param>
    /// <param name="Dues">A third of the credits carry a due date a month on; those from more than 90 days ago are paid.</param>
    /// <param name="Budgets">Monthly budgets for food, transport and stock.</param>
    public sealed record Shape(int Entries, int Customers, int Days, bool Phones = false, bool Dues = false, bool Budgets = false);

    /// <summary>Seeds the shop of <paramref name="chatId"/>, which must already exist (the bot made it).</summary>
    public static async Task WriteAsync(string connectionString, long chatId, Shape shape)
    {
        var random = new Random(2026);
        var today = ShopClock.Today(new Shop(), DateTimeOffset.UtcNow);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var shopId = await ScalarAsync(connection, transaction, $"SELECT Id FROM Shops WHERE ChatId = {chatId}");

        await using (var insertCustomer = Command(connection, transaction,
            "INSERT INTO Customers (ShopId, Name, NameKey, Phone, BalancePaise, CreatedAt) VALUES ($shop, $name, $key, $phone, 0, '2024-01-01 00:00:00+00:00')"))
        {
            insertCustomer.Parameters.AddWithValue("$shop", shopId);
            var name = insertCustomer.Parameters.Add("$name", SqliteType.Text);
            var key = insertCustomer.Parameters.Add("$key", SqliteType.Text);
            var phone = insertCustomer.Parameters.Add("$phone", SqliteType.Text);
            for (var c = 1; c <= shape.Customers; c++)
            {
                name.Value = $"Customer {c}";
                key.Value = $"CUSTOMER {c}";
                phone.Value = shape.Phones ? $"+9198{c:D8}" : DBNull.Value;
                await insertCustomer.ExecuteNonQueryAsync();
            }
        }

        var firstCustomer = await ScalarAsync(connection, transaction, $"SELECT MIN(Id) FROM Customers WHERE ShopId = {shopId}");
        var balances = new long[shape.Customers];
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
            for (var n = 1; n <= shape.Entries; n++)
            {
                var roll = random.Next(100);
                var entryKind = roll < 45 ? 1 : roll < 80 ? 2 : roll < 95 ? 3 : 4;
                var paise = random.Next(1_000, 500_000);
                var who = random.Next(shape.Customers);
                var day = today.AddDays(-random.Next(shape.Days));
                var dueDate = shape.Dues && entryKind == 1 && random.Next(3) == 0 ? day.AddDays(30) : (DateOnly?)null;
                number.Value = n;
                kind.Value = entryKind;
                amount.Value = paise;
                customer.Value = entryKind <= 2 ? firstCustomer + who : DBNull.Value;
                category.Value = entryKind == 3 ? Categories[random.Next(Categories.Length)] : entryKind == 4 ? "sales" : DBNull.Value;
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
            for (var c = 0; c < shape.Customers; c++)
            {
                balance.Value = balances[c];
                id.Value = firstCustomer + c;
                await setBalance.ExecuteNonQueryAsync();
            }
        }

        var budgets = shape.Budgets
            ? $"INSERT INTO Budgets (ShopId, Category, AmountPaise) VALUES ({shopId}, 'food', 5000000), ({shopId}, 'transport', 2000000), ({shopId}, 'stock', 50000000);"
            : "";
        await using (var finish = Command(connection, transaction, $"{budgets} UPDATE Shops SET LastEntryNumber = {shape.Entries} WHERE Id = {shopId};"))
        {
            await finish.ExecuteNonQueryAsync();
        }

        // No ANALYZE: the program never runs one, so the planner sees the book as a shop's would be.
        await transaction.CommitAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
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
}
