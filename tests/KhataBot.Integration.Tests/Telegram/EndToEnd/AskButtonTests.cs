using KhataBot.Core.Ledger;
using KhataBot.Telegram.StandIn;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>On Telegram a question's choices are buttons; one tap books the choice, a second changes nothing.</summary>
public sealed class AskButtonTests
{
    private const long Asha = 5_000_000_011;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_unclear_entry_gets_buttons_and_one_tap_books_it_once()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);

        telegram.PushMessage(Asha, Asha, "Ramesh 500 diya", firstName: "Asha");
        var question = (await telegram.WaitForMessagesAsync(Asha, 1, Wait))[0];
        Assert.Contains("udhar or jama", question.PlainText);
        var buttons = ButtonData(question);
        Assert.Equal(2, buttons.Count);
        Assert.Equal(0, await bot.QueryAsync(db => db.Entries.CountAsync()));

        telegram.PushCallbackQuery(Asha, Asha, question.MessageId, buttons[0]);
        var booked = (await telegram.WaitForMessagesAsync(Asha, 2, Wait))[1];
        Assert.Contains("Ramesh +₹500", booked.PlainText);

        telegram.PushCallbackQuery(Asha, Asha, question.MessageId, buttons[1]);
        var again = (await telegram.WaitForMessagesAsync(Asha, 3, Wait))[2];
        Assert.Contains("already answered", again.PlainText);
        await telegram.WaitUntilAsync(() => telegram.AnsweredCallbacks.Count == 2, Wait, "both presses are answered");

        var entry = Assert.Single(await bot.QueryAsync(db => db.Entries.ToListAsync()));
        Assert.Equal(EntryKind.Credit, entry.Kind);
    }

    private static List<string> ButtonData(SentMessage message)
    {
        var keyboard = message.ReplyMarkup?["inline_keyboard"]?.AsArray() ?? throw new Xunit.Sdk.XunitException($"No buttons on {message}");
        return [.. keyboard.SelectMany(row => row!.AsArray()).Select(b => b!["callback_data"]!.GetValue<string>())];
    }
}
