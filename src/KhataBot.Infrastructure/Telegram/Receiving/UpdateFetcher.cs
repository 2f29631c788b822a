using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using KhataBot.Infrastructure.Telegram.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KhataBot.Infrastructure.Telegram.Receiving;

/// <summary>
/// getUpdates through Telegram.Bot; when the library cannot read the answer (it deserializes the whole
/// batch at once, so one update it cannot read fails them all), the same batch is fetched again raw with
/// the library's HttpClient and read update by update (<see cref="UpdateReader"/>), so the one that cannot be
/// read is skipped by its id and the others are handled.
/// </summary>
public sealed class UpdateFetcher(
    ITelegramBotClient bot,
    IHttpClientFactory http,
    IOptions<TelegramOptions> options,
    ILogger<UpdateFetcher> logger)
{
    public static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];

    /// <summary>The updates that could be read, and the highest update id seen (read or not), which the offset
    /// moves past once they are handled.</summary>
    public async Task<(IReadOnlyList<Update> Updates, long? Last)> FetchAsync(long? offset, int timeoutSeconds, CancellationToken ct)
    {
        try
        {
            var updates = await bot.GetUpdates(offset: ToOffset(offset), limit: 100, timeout: timeoutSeconds, allowedUpdates: Wanted, cancellationToken: ct);
            return (updates, updates.Length == 0 ? null : updates.Max(u => (long)u.Id));
        }
        catch (RequestException ex) when (ex is not ApiRequestException && ex.HttpStatusCode == HttpStatusCode.OK)
        {
            // Telegram answered, and the library could not read it. Its message may quote the JSON: not logged.
            logger.LogWarning("Telegram.Bot could not read a batch of updates ({Error}); reading it update by update", ex.InnerException?.GetType().Name);
            return await FetchOneByOneAsync(offset, ct);
        }
    }

    /// <summary>Confirms every update before <paramref name="offset"/> without waiting for new ones.</summary>
    public Task ConfirmAsync(long offset, CancellationToken ct) =>
        bot.GetUpdates(offset: ToOffset(offset), limit: 1, timeout: 0, cancellationToken: ct);

    private async Task<(IReadOnlyList<Update> Updates, long? Last)> FetchOneByOneAsync(long? offset, CancellationToken ct)
    {
        var settings = options.Value;
        var client = http.CreateClient(TelegramClientRegistration.HttpClientName);
        var url = $"{TelegramClientRegistration.ClientOptions(settings).BaseRequestUrl.TrimEnd('/')}/getUpdates";
        var request = new RawGetUpdates(ToOffset(offset), 100, 0, [.. Wanted.Select(type => JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString()))]);
        using var response = await client.PostAsJsonAsync(url, request, ct);
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        var root = document.RootElement;
        if (root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.False)
        {
            // A refusal the library could not read (sent with HTTP 200): the same exception it throws for one it can.
            var refusal = root.Deserialize<ApiResponse>(JsonBotAPI.Options);
            throw new ApiRequestException(refusal?.Description ?? "getUpdates was refused", refusal?.ErrorCode ?? (int)response.StatusCode, refusal?.Parameters);
        }

        if (!root.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
        {
            throw new RequestException("getUpdates answered without a list of updates", response.StatusCode);
        }

        var updates = new List<Update>(result.GetArrayLength());
        long? last = null;
        foreach (var json in result.EnumerateArray())
        {
            if (UpdateReader.Read(json, logger, out var id) is { } update)
            {
                updates.Add(update);
            }

            last = id > last || last is null ? id : last;
        }

        return (updates, last);
    }

    private static int? ToOffset(long? offset) => offset is { } value ? checked((int)value) : null;

    /// <summary>The Bot API's error envelope.</summary>
    private sealed record ApiResponse(
        [property: JsonPropertyName("error_code")] int ErrorCode,
        [property: JsonPropertyName("description")] string? Description,
        [property: JsonPropertyName("parameters")] ResponseParameters? Parameters);

    private sealed record RawGetUpdates(
        [property: JsonPropertyName("offset"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Offset,
        [property: JsonPropertyName("limit")] int Limit,
        [property: JsonPropertyName("timeout")] int Timeout,
        [property: JsonPropertyName("allowed_updates")] string[] AllowedUpdates);
}
