using KhataBot.Integration.Tests.Charts;
using KhataBot.Telegram.StandIn;

namespace KhataBot.Integration.Tests.Telegram.EndToEnd;

/// <summary>A report on Telegram: the summary, then its charts as one album of photos Telegram can show.</summary>
public sealed class ReportPictureTests
{
    private const long Asha = 6001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_report_arrives_as_its_summary_and_an_album_of_three_chart_photos()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram);
        string[] messages = ["add Ramesh 1500 rice", "paid Ramesh 500", "spent 300 tea", "budget food 1000", "report"];
        foreach (var text in messages)
        {
            telegram.PushMessage(Asha, Asha, text, firstName: "Asha");
        }

        var sent = await telegram.WaitForMessagesAsync(Asha, messages.Length + 1, Wait);

        var summary = sent[^2];
        Assert.Equal(SentKind.Text, summary.Kind);
        Assert.StartsWith("Report for ", summary.PlainText);
        Assert.Contains("Credit given: ₹1,500", summary.PlainText);
        var album = sent[^1];
        Assert.Equal(SentKind.MediaGroup, album.Kind);
        Assert.Equal(["credit-and-payments.png", "expenses.png", "budgets.png"], album.Files.Select(f => f.FileName));
        Assert.All(album.Files, file =>
        {
            using var pixels = new ChartPixels(file.Bytes);
            Assert.Equal((1200, 800), (pixels.Width, pixels.Height));
        });
    }
}
