using System.Globalization;
using Hangfire;
using Hangfire.States;
using KhataBot.Integration.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Scheduling.Upgrade;

/// <summary>
/// A shop that ran the Quartz version: its book at that version's last migration, with one-off reminders
/// (one whose time passed while the bot was being upgraded, one still ahead, one cancelled, one sent), and
/// its jobs file with Quartz's tables (the schema script that version created them from, kept beside this
/// test) and the triggers it held. After the upgrade the book is the truth: each pending reminder gets a
/// Hangfire job and goes out once; the others get none; the Quartz tables are left as they were.
/// </summary>
public sealed class UpgradeFromQuartzTests
{
    private const string LastQuartzMigration = "20261122021445_AuditRecordsWithoutCustomerIndex";
    private const long Chat = 4242;

    private static string Text(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static async Task WriteOldBookAsync(string path, DateTimeOffset now)
    {
        await using var old = await ScratchBook.CreateAsync(migratedTo: LastQuartzMigration);
        using (var connection = old.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                INSERT INTO Shops (Id, ChatId, Name, TimeZone, Currency, LastEntryNumber, CreatedAt, ReminderTime, RemindersOn, RemindEveryDays)
                VALUES (1, {Chat}, 'Shop', 'Asia/Kolkata', 'INR', 0, '{Text(now.AddDays(-3))}', '09:00:00', 1, 7);
                INSERT INTO Customers (Id, ShopId, Name, NameKey, BalancePaise, CreatedAt) VALUES (1, 1, 'Ramesh', 'RAMESH', 50000, '{Text(now.AddDays(-3))}');
                INSERT INTO Customers (Id, ShopId, Name, NameKey, BalancePaise, CreatedAt) VALUES (2, 1, 'Suresh', 'SURESH', 20000, '{Text(now.AddDays(-3))}');
                INSERT INTO OneOffReminders (ShopId, CustomerId, Key, At, CreatedAt, CreatedBy, CancelledAt, SentAt) VALUES
                    (1, 1, 'passedwhiledown', '{Text(now.AddMinutes(-5))}', '{Text(now.AddDays(-1))}', 'Owner', NULL, NULL),
                    (1, 2, 'stillahead', '{Text(now.AddHours(3))}', '{Text(now.AddDays(-1))}', 'Owner', NULL, NULL),
                    (1, 1, 'cancelled', '{Text(now.AddMinutes(-4))}', '{Text(now.AddDays(-1))}', 'Owner', '{Text(now.AddHours(-2))}', NULL),
                    (1, 2, 'alreadysent', '{Text(now.AddDays(-1))}', '{Text(now.AddDays(-2))}', 'Owner', NULL, '{Text(now.AddDays(-1))}');
                """;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        File.Copy(old.DatabasePath, path);
    }

    /// <summary>Quartz's tables, and the jobs and triggers it held for the two pending reminders.</summary>
    private static void WriteOldJobsFile(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Scheduling", "Upgrade", "quartz-sqlite.sql"));
        command.ExecuteNonQuery();
        command.CommandText = """
            INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, DESCRIPTION, JOB_CLASS_NAME, IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY, JOB_DATA)
            VALUES ('KhataBot', 'passedwhiledown', 'one-off-reminders', 'One-off reminder', 'KhataBot.Infrastructure.Scheduling.OneOff.OneOffReminderJob, KhataBot.Infrastructure', 0, 0, 0, 0, NULL),
                   ('KhataBot', 'stillahead', 'one-off-reminders', 'One-off reminder', 'KhataBot.Infrastructure.Scheduling.OneOff.OneOffReminderJob, KhataBot.Infrastructure', 0, 0, 0, 0, NULL);
            """;
        command.ExecuteNonQuery();
    }

    private static long QuartzJobs(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS";
        return (long)command.ExecuteScalar()!;
    }

    [SqliteOnlyFact("a SQLite jobs file left by the Quartz version")]
    public async Task Pending_one_off_reminders_of_the_Quartz_version_get_jobs_at_start_and_go_out_once()
    {
        using var folder = new TempFolder();
        var now = DateTimeOffset.UtcNow;
        await WriteOldBookAsync(System.IO.Path.Combine(folder.Path, "khata.db"), now);
        WriteOldJobsFile(folder.JobsPath);

        using (var host = JobsHost.Build(folder))
        {
            await host.StartAsync();
            var sent = await Eventually.Get(
                () => JobsHost.QueryAsync(host, db => db.OutboxMessages.Where(m => m.ChatId == Chat).Select(m => m.Text).ToListAsync()),
                s => s.Count > 0, TimeSpan.FromSeconds(15));
            await Task.Delay(TimeSpan.FromSeconds(1.5));

            Assert.Equal(["⏰ Reminder about Ramesh: Ramesh owes ₹500."], sent);
            var rows = await JobsHost.QueryAsync(host, db => db.OneOffReminders.OrderBy(r => r.Id).ToListAsync());
            Assert.Equal([true, true, false, false], rows.Select(r => r.JobId is not null));
            using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
            Assert.Equal(SucceededState.StateName, connection.GetStateData(rows[0].JobId!)!.Name);
            var ahead = connection.GetStateData(rows[1].JobId!)!;
            Assert.Equal(ScheduledState.StateName, ahead.Name);
            Assert.Equal(now.AddHours(3).UtcDateTime, Hangfire.Common.JobHelper.DeserializeDateTime(ahead.Data["EnqueueAt"]), TimeSpan.FromMilliseconds(1));
            await host.StopAsync();
        }

        using (var again = JobsHost.Build(folder))
        {
            var before = await JobsHost.QueryAsync(again, db => db.OneOffReminders.Select(r => r.JobId).ToListAsync());
            await again.StartAsync();
            Assert.Equal(before, await JobsHost.QueryAsync(again, db => db.OneOffReminders.Select(r => r.JobId).ToListAsync()));
            Assert.Single(await JobsHost.QueryAsync(again, db => db.OutboxMessages.Where(m => m.ChatId == Chat).ToListAsync()));
            await again.StopAsync();
        }

        Assert.Equal(2, QuartzJobs(folder.JobsPath));
    }
}
