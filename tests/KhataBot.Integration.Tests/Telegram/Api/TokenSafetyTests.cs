using System.Net;
using KhataBot.Infrastructure.Telegram.Api;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Telegram.Api;

/// <summary>The token is in every request URL; whoever reads the logs or an exception must not learn it.</summary>
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
        var api = telegram.Client(logs: logs);
        // Only this client has a short deadline, so the calls meant to get through are not cut off on a busy machine.
        var impatient = telegram.Client(timeouts: t => t.Call = TimeSpan.FromMilliseconds(300), logs: logs);
        var unreachable = telegram.Client(logs: logs, apiBaseUrl: closedPort.Url);

        await api.GetMeAsync();
        var errors = new[]
        {
            await Record.ExceptionAsync(() => api.SendMessageAsync(42, "hello")),
            await Record.ExceptionAsync(() => api.SendPhotoAsync(42, new InputFile("chart.png", new byte[] { 1 }))),
            await Record.ExceptionAsync(() => impatient.GetWebhookInfoAsync()),
            await Record.ExceptionAsync(() => unreachable.GetUpdatesAsync(offset: null)),
        };

        Assert.IsType<BotApiException>(errors[0]);
        Assert.All(errors[1..], error => Assert.IsType<BotApiUnreachableException>(error));
        Assert.All(errors, error => Assert.DoesNotContain(SecretPart, error!.ToString()));
        // The capture works: the client's own lines for these calls are there.
        var lines = logs.Lines.Select(line => $"{line.Category} {line.Message} {line.Exception}").ToList();
        Assert.Contains(lines, line => line.Contains("sendMessage") && line.Contains("403"));
        Assert.Contains(lines, line => line.Contains("getWebhookInfo") && line.Contains("no answer within"));
        Assert.Contains(lines, line => line.Contains("getUpdates") && line.Contains("connection failed"));
        Assert.All(lines, line => Assert.DoesNotContain(SecretPart, line));
        Assert.All(lines, line => Assert.DoesNotContain(telegram.ApiBaseUrl.Authority + "/bot", line));
    }
}
