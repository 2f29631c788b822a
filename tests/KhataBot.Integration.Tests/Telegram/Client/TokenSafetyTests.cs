using System.Net;
using KhataBot.Integration.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace KhataBot.Integration.Tests.Telegram.Client;

/// <summary>Telegram.Bot puts the token in every request URL; whoever reads the logs or an exception must not
/// learn it. The bot process itself is checked the same way in <see cref="EndToEnd.TokenInLogsTests"/>.</summary>
public sealed class TokenSafetyTests
{
    private const string SecretPart = "AAH-secret_part-of-the-token";

    [Fact]
    public async Task Nothing_logged_at_trace_level_and_no_exception_names_the_token()
    {
        Assert.EndsWith(SecretPart, FakeTelegram.Token);
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.AnswerResult("getMe", """{"id":1179906608,"is_bot":true,"first_name":"Khata"}""");
        telegram.Answer("sendMessage", Fixture.Read("error_403_blocked.json"), HttpStatusCode.Forbidden);
        telegram.Answer("sendPhoto", "<html>502</html>", HttpStatusCode.BadGateway);
        telegram.Answer("getWebhookInfo", """{"ok":true,"result":{"url":""}}""", delay: TimeSpan.FromSeconds(3));
        var logs = new CapturedLogs();
        using var closedPort = new ClosedPort();
        var bot = telegram.Client(logs: logs);
        // Only this client has a short deadline, so the calls meant to get through are not cut off on a busy machine.
        var impatient = telegram.Client(timeouts: t => t.Call = TimeSpan.FromMilliseconds(300), logs: logs);
        var unreachable = telegram.Client(logs: logs, apiBaseUrl: closedPort.Url);

        await bot.GetMe();
        var errors = new[]
        {
            await Record.ExceptionAsync(() => bot.SendMessage(chatId: 42, text: "hello")),
            await Record.ExceptionAsync(() => bot.SendPhoto(chatId: 42, photo: InputFile.FromStream(new MemoryStream([1]), "chart.png"))),
            await Record.ExceptionAsync(() => impatient.GetWebhookInfo()),
            await Record.ExceptionAsync(() => unreachable.GetUpdates()),
        };

        Assert.IsType<ApiRequestException>(errors[0]);
        Assert.All(errors[1..], error => Assert.IsType<RequestException>(error));
        Assert.All(errors, error => Assert.DoesNotContain(SecretPart, error!.ToString()));
        // The client's loggers are removed: at Trace level, no line names a request at all.
        var lines = logs.Lines.Select(line => $"{line.Category} {line.Message} {line.Exception}").ToList();
        Assert.DoesNotContain(lines, line => line.Contains("System.Net.Http.HttpClient"));
        Assert.All(lines, line => Assert.DoesNotContain(SecretPart, line));
        Assert.All(lines, line => Assert.DoesNotContain(telegram.ApiBaseUrl.Authority + "/bot", line));
    }
}
