using KhataBot.Core.Outbox;
using KhataBot.Integration.Tests.Support;
using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.Reliability;

/// <summary>
/// A bot killed after Telegram took a reply but before the book marked it sent: the reply is in the sent log
/// beside the book (<c>khatabot.db.sent</c>), and the next start marks it instead of sending it again. The
/// moment between Telegram's answer and the batch is made here by hand: the reply's row is set back to
/// pending while the bot is down, as the kill leaves it.
/// </summary>
public sealed class SentLogRestartTests
{
    private const long Asha = 8301;

    [SqliteOnlyFact("the sent log is kept beside a SQLite book; on PostgreSQL each reply is marked in the book as it is sent")]
    public async Task A_reply_in_the_sent_log_is_not_sent_again_after_a_restart()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        var id = await AnsweredThenStoppedAsync(telegram, bot, inSentLog: true);
        await bot.StartAgainAsync();
        await TestWait.UntilAsync(async () => await StatusAsync(bot, id) == OutboxStatus.Sent, TimeSpan.FromSeconds(20));
        await Task.Delay(1500);

        Assert.Single(telegram.SentTo(Asha));
        Assert.Contains("replies Telegram took before the last stop are marked sent", bot.Logs);
    }

    [SqliteOnlyFact("the sent log is kept beside a SQLite book")]
    public async Task A_pending_reply_not_in_the_sent_log_is_sent_after_a_restart()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        var id = await AnsweredThenStoppedAsync(telegram, bot, inSentLog: false);
        await bot.StartAgainAsync();

        var replies = await telegram.WaitForMessagesAsync(Asha, 2, TimeSpan.FromSeconds(30));
        Assert.Equal(replies[0].PlainText, replies[1].PlainText);
        await TestWait.UntilAsync(async () => await StatusAsync(bot, id) == OutboxStatus.Sent, TimeSpan.FromSeconds(20));
    }

    /// <summary>One message answered, the bot stopped, and the reply set back to pending, as a kill between
    /// Telegram's answer and the book's batch leaves it; noted in the sent log or not.</summary>
    private static async Task<long> AnsweredThenStoppedAsync(BotApiStandIn telegram, TelegramBotProcess bot, bool inSentLog)
    {
        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        await telegram.WaitForMessagesAsync(Asha, 1, TimeSpan.FromSeconds(30));
        await bot.StopAsync();

        var id = await bot.QueryAsync(db => db.OutboxMessages.Where(m => m.ChatId == Asha).Select(m => m.Id).SingleAsync());
        await bot.QueryAsync(db => db.OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.SentAt, (DateTimeOffset?)null)));
        var log = bot.DatabasePath + ".sent";
        Assert.Equal(0, new FileInfo(log).Length); // a clean stop leaves nothing unmarked
        if (inSentLog)
        {
            await File.WriteAllBytesAsync(log, BitConverter.GetBytes(id));
        }

        return id;
    }

    private static Task<OutboxStatus> StatusAsync(TelegramBotProcess bot, long id) =>
        bot.QueryAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync());
}
