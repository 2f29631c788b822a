using KhataBot.Core.Outbox;
using KhataBot.Integration.Tests.Support;
using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.Reliability;

/// <summary>
/// Telegram answers 502 for a long time and then recovers: every committed reply still goes out, once. A
/// real outage of 30 minutes against the 5-minute ceiling is about a dozen tries per reply; here the ceiling
/// is 1 s and the outage 25 tries of the first reply, past the 12 after which the outbox used to give up.
/// </summary>
public sealed class LongOutageTests
{
    private const long Asha = 8201;
    private const int FailedSends = 25;

    [Fact]
    public async Task Replies_held_up_by_a_long_outage_are_sent_once_after_it_with_a_note_when_late()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, new()
        {
            ["Telegram__OutboxRetryCeiling"] = "00:00:01",
            ["Telegram__LateReplyAge"] = "00:00:10",
        });
        telegram.Faults.FailNext("sendMessage", 502, times: FailedSends);

        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        telegram.PushMessage(Asha, Asha, "balances", firstName: "Asha");

        var replies = await telegram.WaitForMessagesAsync(Asha, 2, TimeSpan.FromSeconds(90));
        await Task.Delay(2000);
        Assert.Equal(2, telegram.SentTo(Asha).Count);
        Assert.StartsWith("(Late: written ", replies[0].PlainText);
        Assert.Contains("Ramesh +₹500 rice", replies[0].PlainText);
        Assert.StartsWith("(Late: written ", replies[1].PlainText);
        Assert.Contains("owes you ₹500", replies[1].PlainText);
        Assert.Equal(FailedSends, telegram.Requests.Count(r => r.StatusCode == 502));

        var rows = await bot.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        Assert.All(rows, row => Assert.Equal(OutboxStatus.Sent, row.Status));
        Assert.Equal(FailedSends, rows[0].Attempts);
        // The note is the sender's, on the wire only: the outbox keeps the words as written.
        Assert.DoesNotContain("Late", rows[0].Text);
    }

    [Fact]
    public async Task A_reply_Telegram_refuses_as_bad_ends_with_its_reason_and_the_next_goes()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, new() { ["Telegram__OutboxRetryCeiling"] = "00:00:01" });
        telegram.Faults.FailNext("sendMessage", 401, times: 3);
        telegram.Faults.FailNext("sendMessage", 400, times: 1);

        telegram.PushMessage(Asha, Asha, "add Ramesh 500 rice", firstName: "Asha");
        telegram.PushMessage(Asha, Asha, "balances", firstName: "Asha");

        var replies = await telegram.WaitForMessagesAsync(Asha, 1, TimeSpan.FromSeconds(30));
        Assert.Contains("owes you ₹500", replies[0].PlainText);
        // The refusal is written to the book with the sender's next batch of outcomes, which may commit just
        // after the next reply went out: wait for it rather than read it once.
        OutboxMessage first = null!;
        await TestWait.UntilAsync(async () => (first = await bot.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).FirstAsync())).Status != OutboxStatus.Pending, TimeSpan.FromSeconds(10));
        // 401s are ours to fix (the token), so they were tried again; the 400 ended it.
        Assert.Equal(OutboxStatus.Failed, first.Status);
        Assert.Equal(3, first.Attempts);
        Assert.Contains("Bad Request", first.LastError);
    }
}
