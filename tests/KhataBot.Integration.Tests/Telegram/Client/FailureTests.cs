using System.Diagnostics;
using System.Net;
using KhataBot.Infrastructure.Telegram.Receiving;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace KhataBot.Integration.Tests.Telegram.Client;

/// <summary>"Telegram said no" (<see cref="ApiRequestException"/>) and "could not reach Telegram" (a plain
/// <see cref="RequestException"/>) come out of Telegram.Bot as different exceptions, because the sender retries
/// the second and decides the first by its code; and with RetryThreshold 0 a 429 comes straight back.</summary>
public sealed class FailureTests
{
    [Theory]
    [InlineData("error_429.json", HttpStatusCode.TooManyRequests, 429, "Too Many Requests: retry after 1", 1, null)]
    [InlineData("error_403_blocked.json", HttpStatusCode.Forbidden, 403, "Forbidden: bot was blocked by the user", null, null)]
    [InlineData("error_400_empty_text.json", HttpStatusCode.BadRequest, 400, "Bad Request: message text is empty", null, null)]
    [InlineData("error_401.json", HttpStatusCode.Unauthorized, 401, "Unauthorized", null, null)]
    [InlineData("error_with_parameters.json", HttpStatusCode.BadRequest, 400, "Test error description", 421, 1234567890L)]
    public async Task Error_envelope_becomes_an_api_request_exception_with_code_description_and_parameters(
        string fixture, HttpStatusCode status, int errorCode, string description, int? retryAfterSeconds, long? migrateToChatId)
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("sendMessage", Fixture.Read(fixture), status);

        var refusal = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Client().SendMessage(chatId: 42, text: "hello"));

        Assert.Equal(errorCode, refusal.ErrorCode);
        Assert.Equal(description, refusal.Message);
        Assert.Equal(retryAfterSeconds, refusal.Parameters?.RetryAfter);
        Assert.Equal(migrateToChatId, refusal.Parameters?.MigrateToChatId);
        // Not retried inside the library: the outbox paces and retries.
        Assert.Single(telegram.Calls, call => call.Method == "sendMessage");
    }

    [Fact]
    public async Task A_refusal_of_get_updates_sent_with_http_200_is_still_a_refusal()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("getUpdates", Fixture.Read("error_409_webhook_active.json"), HttpStatusCode.OK);
        var fetcher = telegram.Services().GetRequiredService<UpdateFetcher>();

        // Telegram.Bot reads only a non-200 answer as a refusal; the polling loop's fetcher reads this one too.
        var refusal = await Assert.ThrowsAsync<ApiRequestException>(() => fetcher.FetchAsync(offset: null, timeoutSeconds: 0, CancellationToken.None));

        Assert.Equal(409, refusal.ErrorCode);
        Assert.Contains("webhook is active", refusal.Message);
    }

    [Fact]
    public async Task A_closed_port_is_a_request_exception_not_a_refusal()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        using var closedPort = new ClosedPort();
        var bot = telegram.Client(apiBaseUrl: closedPort.Url);

        var error = await Assert.ThrowsAsync<RequestException>(() => bot.GetMe());

        Assert.IsNotType<ApiRequestException>(error);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task A_proxy_error_page_instead_of_an_envelope_is_a_request_exception_not_a_refusal()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("sendMessage", "<html><body>502 Bad Gateway</body></html>", HttpStatusCode.BadGateway);

        var error = await Assert.ThrowsAsync<RequestException>(() => telegram.Client().SendMessage(chatId: 42, text: "hello"));

        Assert.IsNotType<ApiRequestException>(error);
        Assert.Equal(HttpStatusCode.BadGateway, error.HttpStatusCode);
    }

    [Fact]
    public async Task A_call_past_its_deadline_is_a_request_exception()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("getMe", """{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"Khata"}}""", delay: TimeSpan.FromSeconds(3));
        var bot = telegram.Client(timeouts: t => t.Call = TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<RequestException>(() => bot.GetMe());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"gave up after {clock.Elapsed}");
        var timeout = Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Contains("getMe within 0.3 s", timeout.Message);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_reported_as_a_failure()
    {
        await using var telegram = await FakeTelegram.StartAsync();
        telegram.Answer("getMe", """{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"Khata"}}""", delay: TimeSpan.FromSeconds(3));
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var error = await Record.ExceptionAsync(() => telegram.Client().GetMe(cancellationToken: stopping.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Fact]
    public async Task A_malformed_token_is_refused_without_being_quoted()
    {
        await using var telegram = await FakeTelegram.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(() => telegram.Client(token: "123456789:has space/and-slash"));

        Assert.Contains("Telegram:BotToken", error.Message);
        Assert.DoesNotContain("has space", error.ToString());
    }
}
