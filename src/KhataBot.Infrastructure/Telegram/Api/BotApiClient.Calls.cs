using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace KhataBot.Infrastructure.Telegram.Api;

// One round trip and the reading of its envelope, shared by every method.
public sealed partial class BotApiClient
{
    private static ByteArrayContent Json<T>(T request, JsonTypeInfo<T> type)
    {
        // Bytes rather than JsonContent: a known length instead of a chunked body, and requests are small.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, type));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private async Task<T> CallAsync<T>(
        string method, HttpContent? content, JsonTypeInfo<BotApiResponse<T>> answerType, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);

        BotApiResponse<T> answer;
        int status;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            status = (int)response.StatusCode;
            answer = await ReadAnswerAsync(method, response, answerType, deadline.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unreachable(method, $"no answer within {timeout.TotalSeconds:0.###} s", e, started);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw Unreachable(method, "the connection failed", e, started);
        }

        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (answer is { Ok: true, Result: { } result })
        {
            BotApiLog.Answered(logger, method, elapsedMs);
            return result;
        }
        if (answer.Ok)
        {
            throw Unreachable(method, "an answer without a result", new JsonException("ok=true but no result"), started);
        }

        var refusal = new BotApiException(
            method,
            answer.ErrorCode ?? status,
            answer.Description ?? "",
            answer.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            answer.Parameters?.MigrateToChatId);
        BotApiLog.Refused(logger, method, refusal.ErrorCode, refusal.Description, elapsedMs);
        throw refusal;
    }

    private static async Task<BotApiResponse<T>> ReadAnswerAsync<T>(
        string method, HttpResponseMessage response, JsonTypeInfo<BotApiResponse<T>> answerType, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonSerializer.DeserializeAsync(body, answerType, cancellationToken)
                ?? throw new JsonException("The answer was JSON null.");
        }
        catch (JsonException e)
        {
            throw new BotApiUnreachableException(method, $"HTTP {(int)response.StatusCode} with no readable Bot API envelope", e);
        }
    }

    private BotApiUnreachableException Unreachable(string method, string reason, Exception inner, long started)
    {
        BotApiLog.Unreachable(logger, method, reason, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new BotApiUnreachableException(method, reason, inner);
    }
}
