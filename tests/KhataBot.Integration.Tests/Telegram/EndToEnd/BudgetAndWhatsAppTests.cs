using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>A new shopkeeper on Telegram meets budget alerts and a WhatsApp reminder for a customer without a link.</summary>
public sealed class BudgetAndWhatsAppTests
{
    private const long Asha = 9001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Budget_alerts_come_once_per_threshold()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        string[] messages = ["budget food 1000", "spent 700 tea", "spent 100 tea", "spent 50 tea", "spent 200 tea", "spent 10 tea"];
        foreach (var text in messages)
        {
            telegram.PushMessage(Asha, Asha, text, firstName: "Asha");
        }

        var replies = (await telegram.WaitForMessagesAsync(Asha, messages.Length, Wait)).Select(m => m.PlainText).ToList();

        Assert.DoesNotContain("⚠️", replies[1]);                          // 70%
        Assert.Contains("⚠️ Food has reached 80% of its ₹1,000 budget", replies[2]);
        Assert.DoesNotContain("⚠️", replies[3]);                          // 85%: already warned
        Assert.Contains("🚨 Food is over its ₹1,000 budget", replies[4]); // 105%
        Assert.DoesNotContain("🚨", replies[5]);                          // still over: said once
        Assert.Single(replies, r => r.Contains("⚠️"));
    }

    [Fact]
    public async Task A_customer_with_a_phone_but_no_link_gets_a_whatsapp_link_with_the_reminder_typed_in()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        string[] messages = ["shop name Sharma Kirana", "add Ramesh 500 rice due today", "phone Ramesh 98765 43210", "remind #1"];
        foreach (var text in messages)
        {
            telegram.PushMessage(Asha, Asha, text, firstName: "Asha");
        }

        var reply = (await telegram.WaitForMessagesAsync(Asha, messages.Length, Wait))[^1].PlainText;

        Assert.Contains("Send him this on WhatsApp", reply);
        Assert.Contains("https://wa.me/919876543210?text=%F0%9F%99%8F%20Namaste%20Ramesh", reply);
        Assert.Contains("🙏 Namaste Ramesh, a gentle reminder from Sharma Kirana:\n• ₹500 due today", reply);
    }
}
