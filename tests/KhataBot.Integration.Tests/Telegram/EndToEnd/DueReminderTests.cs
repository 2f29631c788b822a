using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>Due reminders as a new shopkeeper meets them: the real program, its Hangfire jobs file and the stand-in.</summary>
public sealed class DueReminderTests
{
    private const long Asha = 8001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly TimeZoneInfo India = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

    [Fact]
    public async Task A_due_set_for_today_is_reminded_at_the_shops_reminder_time_once_even_across_a_restart()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        var settings = new Dictionary<string, string> { ["Jobs__SweepInterval"] = "00:00:01", ["Jobs__SchedulePollingInterval"] = "00:00:00.500", ["Jobs__QueuePollInterval"] = "00:00:00.200" };
        await using var bot = await TelegramBotProcess.StartAsync(telegram, settings);

        // The reminder time is the next minute in the shop's zone (India by default). A due written after
        // the day's reminder time waits for the next one, by design, so the due is written first.
        // Late in a minute, the next one could come before the due is written: then take the one after.
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, India);
        var at = now.AddMinutes(now.Second < 50 ? 1 : 2);
        telegram.PushMessage(Asha, Asha, $"add Ramesh 500 rice due {(at.Date > now.Date ? "tomorrow" : "today")}", firstName: "Asha");
        telegram.PushMessage(Asha, Asha, $"reminder time {at:HH:mm}", firstName: "Asha");

        var sent = await telegram.WaitForMessagesAsync(Asha, 2, Wait);
        Assert.Contains("Due reminders will come every day at", sent[1].PlainText);

        var reminder = (await telegram.WaitForMessagesAsync(Asha, 3, TimeSpan.FromSeconds(150)))[2];
        Assert.StartsWith("🔔 Dues to collect", reminder.PlainText);
        Assert.Contains("Due today:\n• Ramesh: ₹500 (#1)", reminder.PlainText);

        // More rounds, and a restart, find the same due already reminded today.
        await Task.Delay(3000);
        await bot.StopAsync();
        await bot.StartAgainAsync();
        await Task.Delay(3000);
        Assert.Single(telegram.SentTo(Asha), m => m.PlainText.StartsWith("🔔", StringComparison.Ordinal));
    }
}
