using System.Net.Http.Headers;
using System.Net.Sockets;
using KhataBot.Telegram.StandIn.Updates;

namespace KhataBot.Telegram.StandIn.Webhooks;

/// <summary>One post of one update to a webhook, as Telegram makes it (the JSON body, the secret token
/// header), and what getWebhookInfo would say of it: a 2xx confirms the update, anything else is an error
/// in Telegram's words. Shared by the deliverer to one URL and the one that spreads updates over several.</summary>
internal static class WebhookPost
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>The status (null if none came back) and, unless it was a 2xx, the error as getWebhookInfo words it.</summary>
    public static async Task<(int? StatusCode, string? Error)> SendAsync(HttpClient http, Uri url, QueuedUpdate update, string? secretToken, TimeSpan timeout, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(update.Json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secretToken is not null) request.Headers.Add(SecretHeader, secretToken);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            return status is >= 200 and < 300 ? (status, null) : (status, $"Wrong response from the webhook: {status} {response.ReasonPhrase}");
        }
        catch (HttpRequestException failure)
        {
            return (null, failure.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } ? "Connection refused" : failure.Message);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return (null, "Read timeout expired");
        }
    }

    /// <summary>The pause before the next try after a failed post: twice the last, up to the options' longest.</summary>
    public static TimeSpan NextPause(TimeSpan pause, StandInOptions options) =>
        pause * 2 < options.WebhookMaxRetryDelay ? pause * 2 : options.WebhookMaxRetryDelay;
}
