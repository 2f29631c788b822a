using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>On Telegram a close name gets buttons: one tap books the payment for the customer meant.</summary>
public sealed class CloseNameButtonTests
{
    private const long Asha = 5_000_000_012;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_payment_for_a_close_name_books_on_one_tap()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);

        telegram.PushMessage(Asha, Asha, "add Suresh 500", firstName: "Asha");
        await telegram.WaitForMessagesAsync(Asha, 1, Wait);
        telegram.PushMessage(Asha, Asha, "paid Suersh 50", firstName: "Asha");
        var question = (await telegram.WaitForMessagesAsync(Asha, 2, Wait))[1];
        Assert.StartsWith("No customer 'Suersh'. Did you mean Suresh?", question.PlainText);
        var keyboard = question.ReplyMarkup?["inline_keyboard"]?.AsArray() ?? throw new Xunit.Sdk.XunitException($"No buttons on {question}");
        var button = Assert.Single(keyboard.SelectMany(row => row!.AsArray()));
        Assert.Equal("1) Suresh", button!["text"]!.GetValue<string>());

        telegram.PushCallbackQuery(Asha, Asha, question.MessageId, button["callback_data"]!.GetValue<string>());
        var booked = (await telegram.WaitForMessagesAsync(Asha, 3, Wait))[2];

        Assert.Contains("Suresh paid ₹50. Suresh owes ₹450.", booked.PlainText);
        Assert.Equal(2, await bot.QueryAsync(db => db.Entries.CountAsync()));
    }
}
