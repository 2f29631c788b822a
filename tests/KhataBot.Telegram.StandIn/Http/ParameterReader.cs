using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace KhataBot.Telegram.StandIn.Http;

/// <summary>Reads parameters the four ways Telegram accepts them: query string, JSON, urlencoded form, multipart.</summary>
internal static class ParameterReader
{
    public static async Task<BotParameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Query) values[name] = JsonValue.Create(value.ToString());

        IFormFileCollection? files = null;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException)
            {
                throw BotApiException.BadRequest("can't parse request body");
            }
            catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                throw BotApiException.EntityTooLarge();
            }

            foreach (var (name, value) in form) values[name] = JsonValue.Create(value.ToString());
            files = form.Files;
        }
        else if (IsJson(request.ContentType))
        {
            foreach (var (name, value) in await ReadJsonObjectAsync(request, cancellationToken)) values[name] = value;
        }

        return new BotParameters(values, files);
    }

    private static async Task<JsonObject> ReadJsonObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return body as JsonObject ?? throw BotApiException.BadRequest("can't parse JSON object");
        }
        catch (JsonException) when (request.ContentLength is 0)
        {
            return [];
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest("can't parse JSON object");
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
}
