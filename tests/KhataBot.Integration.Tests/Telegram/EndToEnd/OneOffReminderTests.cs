using KhataBot.Core;
using KhataBot.Infrastructure;
using KhataBot.Infrastructure.Scheduling;
using KhataBot.Infrastructure.Telegram;
using KhataBot.Integration.Tests.Scheduling;
using KhataBot.Telegram.StandIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>
/// "remind Ramesh in 2 hours" typed on Telegram (the Bot API stand-in) to the host as Program.cs wires it,
/// in this process so that the book's clock can be set: the bot stops before the reminder's time and is
/// started again after it, and the shopkeeper gets the reminder once.
/// </summary>
public sealed class OneOffReminderTests
{
    private const long Asha = 3101;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static async Task<WebApplication> StartBotAsync(BotApiStandIn telegram, TempFolder folder, TimeProvider clock)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = folder.Provider.ToString(),
            ["ConnectionStrings:Khata"] = folder.BookConnectionString,
            ["ConnectionStrings:Jobs"] = folder.JobsConnectionString,
            ["Jobs:QueuePollInterval"] = "00:00:00.200",
            ["Jobs:SchedulePollingInterval"] = "00:00:00.500",
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["urls"] = "http://127.0.0.1:0",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(clock);
        builder.AddKhataData();
        builder.Services.AddKhataCore();
        builder.AddKhataScheduling();
        builder.AddTelegramBot();
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }

    [Fact]
    public async Task A_reminder_asked_for_on_telegram_survives_a_restart_and_arrives_once()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        using var folder = new TempFolder();
        var clock = new ShiftedClock { Shift = TimeSpan.FromSeconds(6) - TimeSpan.FromHours(2) };
        var day = clock.DayWord(TimeSpan.FromHours(2));
        await using (var before = await StartBotAsync(telegram, folder, clock))
        {
            telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
            telegram.PushMessage(Asha, Asha, "remind Ramesh in 2 hours", firstName: "Asha");
            var replies = await telegram.WaitForMessagesAsync(Asha, 2, Wait);
            Assert.StartsWith($"I'll remind you about Ramesh {day} at ", replies[1].PlainText);
            Assert.Contains("cancel reminder Ramesh", replies[1].ReplyMarkup?.ToJsonString() ?? "", StringComparison.Ordinal);
            await before.StopAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(7.5)); // past the reminder's time
        Assert.Equal(2, telegram.SentTo(Asha).Count);

        await using var after = await StartBotAsync(telegram, folder, TimeProvider.System);
        var all = await telegram.WaitForMessagesAsync(Asha, 3, Wait);
        Assert.Equal("⏰ Reminder about Ramesh: Ramesh owes ₹500.", all[2].PlainText);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(3, telegram.SentTo(Asha).Count);
        await after.StopAsync();
    }
}
