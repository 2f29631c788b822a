using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KhataBot.Infrastructure.Telegram.Api;

namespace KhataBot.Integration.Tests.Telegram.Api;

/// <summary>"Telegram said no" and "could not reach Telegram" come out as different exceptions, because the
/// sender retries the second and not the first.</summary>
public sealed class FailureTests
{
    [Theory]
    [InlineData("error_429.json", HttpStatusCode.TooManyRequests, 429, "Too Many Requests: retry after 1", 1, null)]
    [InlineData("error_403_blocked.json", HttpStatusCode.Forbidden, 403, "Forbidden: bot was blocked by the user", null, null)]
    [InlineData("error_400_empty_text.json", HttpStatusCode.BadRequest, 400, "Bad Request: message text is empty", null, null)]
    [InlineData("error_401.json", HttpStatusCode.Unauthorized, 401, "Unauthorized", null, null)]
    [InlineData("error_with_parameters.json", HttpStatusCode.BadRequest, 400, "Test error description", 421, 1234567890L)]
    public async Task Error_envelope_becomes_a_typed_refusal_with_code_description_and_parameters(
        string fixture, HttpStatusCode status, int errorCode, string description, int? retryAfterSeconds, long? migrateToChatId)
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("sendMessage", Fixture.Read(fixture), status);

        var refusal = await Assert.ThrowsAsync<BotApiException>(() => telegram.Client().SendMessageAsync(42, "hello"));

        Assert.Equal("sendMessage", refusal.Method);
        Assert.Equal(errorCode, refusal.ErrorCode);
        Assert.Equal(description, refusal.Description);
        Assert.Equal(retryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, refusal.RetryAfter);
        Assert.Equal(migrateToChatId, refusal.MigrateToChatId);
        Assert.Contains(description, refusal.Message);
    }

    [Fact]
    public async Task A_refusal_sent_with_http_200_is_still_a_refusal()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("getUpdates", Fixture.Read("error_409_webhook_active.json"), HttpStatusCode.OK);

        var refusal = await Assert.ThrowsAsync<BotApiException>(() => telegram.Client().GetUpdatesAsync(null));

        Assert.Equal(409, refusal.ErrorCode);
        Assert.Equal("getUpdates", refusal.Method);
    }

    [Fact]
    public async Task A_closed_port_is_unreachable_not_a_refusal()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        using var closedPort = new ClosedPort();
        var api = telegram.Client(apiBaseUrl: closedPort.Url);

        var error = await Assert.ThrowsAsync<BotApiUnreachableException>(() => api.GetMeAsync());

        Assert.Equal("getMe", error.Method);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_proxy_error_page_instead_of_an_envelope_is_unreachable()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("sendMessage", "<html><body>502 Bad Gateway</body></html>", HttpStatusCode.BadGateway);

        var error = await Assert.ThrowsAsync<BotApiUnreachableException>(() => telegram.Client().SendMessageAsync(42, "hello"));

        Assert.Contains("HTTP 502", error.Message);
        Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task A_call_past_its_deadline_is_unreachable()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("getMe", """{"ok":true,"result":{"id":1,"first_name":"Khata"}}""", delay: TimeSpan.FromSeconds(3));
        var api = telegram.Client(timeouts: t => t.Call = TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<BotApiUnreachableException>(() => api.GetMeAsync());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"gave up after {clock.Elapsed}");
        Assert.Contains("no answer within 0.3 s", error.Message);
        Assert.IsType<OperationCanceledException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_reported_as_unreachable()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("getMe", """{"ok":true,"result":{"id":1,"first_name":"Khata"}}""", delay: TimeSpan.FromSeconds(3));
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var error = await Record.ExceptionAsync(() => telegram.Client().GetMeAsync(stopping.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }
}
