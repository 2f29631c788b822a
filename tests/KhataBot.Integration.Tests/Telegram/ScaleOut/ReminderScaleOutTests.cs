using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace KhataBot.Integration.Tests.Telegram.ScaleOut;

/// <summary>
/// Three instances, three Hangfire servers on one PostgreSQL database: the recurring due-reminder round is
/// started by one of them each time (Hangfire's scheduler lock), and every due is reminded once, not once per
/// instance.
/// </summary>
public sealed class ReminderScaleOutTests(ITestOutputHelper output)
{
    private const int Shops = 200;
    private const int DuesPerShop = 5;
    private static readonly TimeZoneInfo India = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
    private static readonly TimeSpan Sweep = TimeSpan.FromSeconds(2);

    [PostgresFact]
    public async Task A_thousand_dues_across_two_hundred_shops_are_each_reminded_once_by_three_instances()
    {
        await using var fleet = await BotFleet.StartAsync(3, new Dictionary<string, string>
        {
            ["Jobs__SweepInterval"] = "00:00:02",
            ["Jobs__SchedulePollingInterval"] = "00:00:00.500",
            ["Jobs__QueuePollInterval"] = "00:00:00.200",
        });
        var started = DateTimeOffset.UtcNow;

        // The reminder time is two minutes ahead (at least one whole minute), after every due is in the book
        // (a due written after the day's reminder time waits for the next day, by design).
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, India);
        var at = now.AddMinutes(2);
        var day = at.Date > now.Date ? "tomorrow" : "today";
        for (var shop = 1; shop <= Shops; shop++)
        {
            var chat = 10_000 + shop;
            fleet.Telegram.PushMessage(chat, chat, $"reminder time {at:HH:mm}", firstName: $"Shop{shop}");
            for (var due = 1; due <= DuesPerShop; due++)
            {
                fleet.Telegram.PushMessage(chat, chat, $"add {DistinctNames.For(due)} {100 + due} rice due {day}", firstName: $"Shop{shop}");
            }
        }

        // In the book, that is; their replies take 1,200 / 30 a second to go out, and may go on meanwhile.
        var updates = Shops * (DuesPerShop + 1);
        await TestWait.UntilAsync(async () => await fleet.Database.QueryAsync(db => db.ProcessedDeliveries.CountAsync()) >= updates, TimeSpan.FromSeconds(100));
        var minute = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, at.Offset);
        Assert.True(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, India) < minute, "The dues were not all in before the reminder time; the test machine is too slow for this timing.");

        var reminders = () => fleet.Telegram.AllSent.Where(m => m.PlainText.StartsWith("🔔", StringComparison.Ordinal)).ToList();
        await fleet.Telegram.WaitUntilAsync(() => reminders().Count >= Shops, TimeSpan.FromSeconds(240), $"{Shops} reminders");
        await Task.Delay(Sweep * 4); // more rounds on every instance: none may remind again

        var sent = reminders();
        var sweeps = await SweepJobsSinceAsync(fleet.Database, started);
        var ticks = (DateTimeOffset.UtcNow - started) / Sweep;
        output.WriteLine($"{sent.Count} reminders to {Shops} shops; {sweeps} sweep jobs in {ticks:0} ticks of {Sweep.TotalSeconds} s on 3 Hangfire servers");

        for (var shop = 1; shop <= Shops; shop++)
        {
            var reminder = Assert.Single(sent, m => m.ChatId == 10_000 + shop);
            for (var due = 1; due <= DuesPerShop; due++)
            {
                Assert.Contains($"{DistinctNames.For(due)}: ₹{100 + due}", reminder.PlainText);
            }
        }

        Assert.Equal(Shops * DuesPerShop, await fleet.Database.QueryAsync(db => db.ReminderLog.CountAsync()));
        // Once per tick across the three servers (three times as many would mean once per instance).
        Assert.InRange(sweeps, 1, (int)Math.Ceiling(ticks * 1.5) + 2);
    }

    /// <summary>The recurring round's runs, from Hangfire's own table.</summary>
    private static async Task<int> SweepJobsSinceAsync(PostgresTestDatabase database, DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%DueReminderSweepJob%' AND createdat >= @since", connection);
        command.Parameters.AddWithValue("since", since.UtcDateTime);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
