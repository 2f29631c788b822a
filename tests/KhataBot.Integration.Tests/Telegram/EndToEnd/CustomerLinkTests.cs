using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>A shopkeeper links a customer, who opens the link in his own chat, through the real program and
/// the Bot API stand-in, with the real scheduler running the reminder round every second.</summary>
public sealed class CustomerLinkTests
{
    private const long Asha = 5_000_000_011;
    private const long Ramesh = 5_000_000_012;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_linked_customer_sees_only_his_balance_gets_the_upi_reminder_and_paid_books_once()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, new() { ["Jobs__SweepInterval"] = "00:00:01" });

        // The round is on the real clock: reminders at midnight, shop time, so today's reminders are always due.
        foreach (var text in new[] { "shop name Sharma Kirana", "reminder time 0:00", "add Ramesh 500 rice due tomorrow", "add Suresh 900 oil", "upi sharma@okbank", "link Ramesh" })
        {
            telegram.PushMessage(Asha, Asha, text, firstName: "Asha");
        }

        var linkReply = (await telegram.WaitForMessagesAsync(Asha, 6, Wait))[5].PlainText;
        var link = linkReply.Split('\n')[^1].Trim();
        Assert.StartsWith("https://t.me/khata_test_bot?start=c_", link);

        telegram.PushMessage(Ramesh, Ramesh, "/start " + link[(link.IndexOf('=') + 1)..], firstName: "Ramesh");
        var welcome = (await telegram.WaitForMessagesAsync(Ramesh, 1, Wait))[0].PlainText;
        Assert.Contains("This chat now shows your khata with Sharma Kirana.\nSharma Kirana: you owe ₹500.", welcome);
        Assert.Contains("Ramesh opened his link", (await telegram.WaitForMessagesAsync(Asha, 7, Wait))[6].PlainText);

        telegram.PushMessage(Ramesh, Ramesh, "balance Suresh", firstName: "Ramesh");
        telegram.PushMessage(Ramesh, Ramesh, "add Suresh 100", firstName: "Ramesh");
        var answers = await telegram.WaitForMessagesAsync(Ramesh, 3, Wait);
        Assert.Contains("Sharma Kirana: you owe ₹500.", answers[1].PlainText);
        Assert.DoesNotContain("900", answers[1].PlainText);
        Assert.Contains("Only the shop can change the khata.", answers[2].PlainText);

        // As if the due had been written two days ago: the process's clock cannot be moved, and a due
        // written after its reminder time is first reminded at the next one.
        await bot.QueryAsync(db => db.Entries.ExecuteUpdateAsync(s => s.SetProperty(e => e.EnteredAt, DateTimeOffset.UtcNow.AddDays(-2))));

        var toRamesh = await WaitForAsync(telegram, Ramesh, m => m.PlainText.StartsWith("🙏 Namaste Ramesh,"));
        Assert.Contains("• ₹500 due tomorrow", toRamesh.PlainText);
        Assert.Contains("Pay by UPI: upi://pay?pa=sharma@okbank&pn=Sharma%20Kirana&am=500.00&cu=INR&tn=Ramesh%20khata%20%231", toRamesh.PlainText);
        Assert.Null(toRamesh.ReplyMarkup);

        var reminder = await WaitForAsync(telegram, Asha, m => m.PlainText.StartsWith("🔔"));
        Assert.Contains("Due tomorrow:\n• Ramesh: ₹500 (#1)", reminder.PlainText);
        var paid = Buttons(reminder).Single(b => b.Text == "✅ Paid #1 Ramesh").Data;
        var before = telegram.SentTo(Asha).Count;
        telegram.PushCallbackQuery(Asha, Asha, reminder.MessageId, paid);
        telegram.PushCallbackQuery(Asha, Asha, reminder.MessageId, paid);

        var replies = (await telegram.WaitForMessagesAsync(Asha, before + 2, Wait)).Skip(before).Select(m => m.PlainText).ToList();
        Assert.Equal("#3 Ramesh paid ₹500 (for #1). Ramesh is all clear.", replies[0]);
        Assert.StartsWith("Already booked: #3 Ramesh paid ₹500", replies[1]);
        await telegram.WaitUntilAsync(() => telegram.AnsweredCallbacks.Count == 2, Wait, "both presses are answered");
        Assert.Equal(1, await bot.QueryAsync(db => db.Entries.CountAsync(e => e.Kind == Core.Ledger.EntryKind.Payment)));
        Assert.Single(telegram.SentTo(Ramesh), m => m.PlainText.StartsWith("🙏 Namaste Ramesh,"));
    }

    private static async Task<SentMessage> WaitForAsync(BotApiStandIn telegram, long chat, Func<SentMessage, bool> match)
    {
        await telegram.WaitUntilAsync(() => telegram.SentTo(chat).Any(match), TimeSpan.FromSeconds(30), $"a matching message in chat {chat}");
        return telegram.SentTo(chat).First(match);
    }

    private static IEnumerable<(string Text, string Data)> Buttons(SentMessage message) =>
        (message.ReplyMarkup?["inline_keyboard"]?.AsArray() ?? [])
            .SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>()));
}
