using System.Diagnostics;
using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Scheduling.Reminders;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Benchmarks;

/// <summary>
/// The due reminder round over 10,000 shops with 50 dated credits each (500,000 dues). Shops differ in
/// time zone, reminder time, interval and whether reminders are on; dues run from 45 days overdue to 15
/// days ahead, a quarter paid and some part paid. The bot ran yesterday (that first round, which finds
/// every due ever owed a reminder, is timed too and printed to standard error); the measured round is
/// today's: it reads every open due and sends the reminders whose day is today. Both counts are checked
/// against ones worked out here from the seed alone, and a round five minutes later must send nothing.
/// Target: under 2,000 ms.
/// </summary>
internal static class SweepBenchmark
{
    private const int Shops = 10_000;
    private const int DuesPerShop = 50;
    private const int CustomersPerShop = 10;

    /// <summary>09:30 in India, 08:00 in Dubai, 04:00 in London, 23:00 the day before in New York.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 4, 0, 0, TimeSpan.Zero);

    private static readonly string[] Zones = ["Asia/Kolkata", "Asia/Kolkata", "Asia/Kolkata", "Asia/Kolkata", "Asia/Kolkata", "Asia/Kolkata", "Asia/Kolkata", "Asia/Dubai", "Europe/London", "America/New_York"];

    private static readonly TimeOnly[] ReminderTimes = [new(9, 0), new(9, 0), new(9, 0), new(7, 0), new(18, 45), new(10, 0), new(21, 0)];

    public static async Task<string> RunAsync()
    {
        await using var book = await BenchmarkBook.CreateAsync("sweep");
        var (yesterday, today) = await SeedAsync(book.ConnectionString);

        // Compiles the queries and warms the JIT: a round long before any due has a reminder finds nothing.
        await SweepAsync(book, Now.AddDays(-200));

        var (first, firstMs) = await TimedSweepAsync(book, Now.AddDays(-1));
        var (daily, ms) = await TimedSweepAsync(book, Now);
        var again = await SweepAsync(book, Now.AddMinutes(5));

        var (messages, logged) = await CountAsync(book);
        if (first != yesterday || daily != today || again.Reminders != 0 || messages != yesterday.Shops + today.Shops || logged != yesterday.Reminders + today.Reminders)
        {
            throw new InvalidOperationException(
                $"The rounds are wrong: yesterday {first}, expected {yesterday}; today {daily}, expected {today}; five minutes later {again}; "
                + $"{messages} messages and {logged} reminders logged.");
        }

        Console.Error.WriteLine($"sweep: the first round (nothing reminded before) sent {first.Reminders} reminders to {first.Shops} shops in {firstMs:F0} ms");
        return $"RESULT sweep shops={Shops} dues={Shops * DuesPerShop} ms={ms:F0} reminders={daily.Reminders}";
    }

    private static async Task<(SweepResult Result, double Ms)> TimedSweepAsync(BenchmarkBook book, DateTimeOffset now)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await SweepAsync(book, now);
        return (result, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task<SweepResult> SweepAsync(BenchmarkBook book, DateTimeOffset now)
    {
        await using var scope = book.Services.CreateAsyncScope();
        return await new DueReminderSweep(scope.ServiceProvider.GetRequiredService<KhataDbContext>(), book.Engine, new FixedTime(now)).RunAsync(CancellationToken.None);
    }

    private static async Task<(int Messages, int Logged)> CountAsync(BenchmarkBook book)
    {
        await using var scope = book.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        return (await db.OutboxMessages.CountAsync(), await db.ReminderLog.CountAsync());
    }

    /// <summary>
    /// Writes the shops, customers and dues with plain inserts in one transaction, and counts on the way
    /// what the two rounds must send. Only open dues of shops with reminders on count, and all were written
    /// a month before their first reminder. Yesterday's round, the first, reminds of every due whose
    /// reminders had begun: due by the day after the shop's reminder day. Today's sends those whose
    /// reminder day it is: how late they are today is -1 or 0, or 3, 6, 9 or 12, or 12 and a whole number
    /// of the shop's intervals after that.
    /// </summary>
    private static async Task<(SweepResult Yesterday, SweepResult Today)> SeedAsync(string connectionString)
    {
        var random = new Random(2026);
        var (yesterday, today) = (new Tally(), new Tally());
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var shop = Insert(connection, transaction, """
            INSERT INTO Shops (ChatId, Name, TimeZone, Currency, LastEntryNumber, CreatedAt, ReminderTime, RemindersOn, RemindEveryDays)
            VALUES ($chat, 'Shop', $zone, 'INR', $last, '2026-01-01 00:00:00+00:00', $at, $on, $every) RETURNING Id
            """, "$chat", "$zone", "$last", "$at", "$on", "$every");
        var customer = Insert(connection, transaction, """
            INSERT INTO Customers (ShopId, Name, NameKey, BalancePaise, CreatedAt) VALUES ($shop, $name, $key, 0, '2026-01-01 00:00:00+00:00') RETURNING Id
            """, "$shop", "$name", "$key");
        var credit = Insert(connection, transaction, """
            INSERT INTO Entries (ShopId, Number, Kind, CustomerId, AmountPaise, Date, DueDate, DuePaidPaise, EnteredBy, EnteredAt)
            VALUES ($shop, $number, 1, $customer, $amount, $date, $due, $paid, 'bench', $entered)
            """, "$shop", "$number", "$customer", "$amount", "$date", "$due", "$paid", "$entered");

        for (var s = 0; s < Shops; s++)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(Zones[s % Zones.Length]);
            var at = ReminderTimes[random.Next(ReminderTimes.Length)];
            var on = random.Next(20) != 0;
            var every = random.Next(3) == 0 ? 10 : 7;
            var local = TimeZoneInfo.ConvertTimeFromUtc(Now.UtcDateTime, zone);
            var localToday = DateOnly.FromDateTime(local);
            var reminderDay = TimeOnly.FromDateTime(local) >= at ? localToday : localToday.AddDays(-1);

            var shopId = (long)(await Run(shop, 1_000_000 + s, zone.Id, DuesPerShop, at, on, every))!;
            var customers = new long[CustomersPerShop];
            for (var c = 0; c < CustomersPerShop; c++)
            {
                customers[c] = (long)(await Run(customer, shopId, $"Customer {c + 1}", $"CUSTOMER {c + 1}"))!;
            }

            var (remindedYesterday, remindedToday) = (0, 0);
            for (var n = 1; n <= DuesPerShop; n++)
            {
                var due = localToday.AddDays(random.Next(-45, 16));
                var amount = random.Next(100, 50_000) * 100L;
                var roll = random.Next(100);
                var paid = roll < 25 ? amount : roll < 40 ? amount / 2 : 0;
                var written = due.AddDays(-30);
                await Run(credit, shopId, n, customers[random.Next(CustomersPerShop)], amount, written, due, paid,
                    new DateTimeOffset(written.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
                if (!on || paid == amount)
                {
                    continue;
                }

                remindedYesterday += due <= reminderDay ? 1 : 0; // yesterday's reminder day + 1
                var late = reminderDay.DayNumber - due.DayNumber;
                remindedToday += late is -1 or 0 or 3 or 6 or 9 or 12 || (late > 12 && (late - 12) % every == 0) ? 1 : 0;
            }

            yesterday.Add(remindedYesterday);
            today.Add(remindedToday);
        }

        await transaction.CommitAsync();
        return (yesterday.Result, today.Result);
    }

    private sealed class Tally
    {
        public SweepResult Result { get; private set; } = new(0, 0);

        public void Add(int reminders) =>
            Result = reminders == 0 ? Result : new SweepResult(Result.Shops + 1, Result.Reminders + reminders);
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static async Task<object?> Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return await command.ExecuteScalarAsync();
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
