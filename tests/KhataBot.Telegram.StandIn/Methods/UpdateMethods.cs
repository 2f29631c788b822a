using System.Text.Json;
using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

internal sealed class UpdateMethods(StandInContext context)
{
    private const int MaxLimit = 100;

    public void Register(MethodTable methods) => methods.Add("getUpdates", GetUpdatesAsync);

    /// <summary>Reads allowed_updates, sticky when left out; shared with setWebhook.</summary>
    public static IReadOnlyCollection<string>? AllowedUpdates(BotParameters parameters)
    {
        var node = parameters.Json("allowed_updates", "can't parse allowed_updates JSON array");
        if (node is null) return null;
        if (node is not JsonArray types || types.Any(type => type is not JsonValue value || value.GetValueKind() != JsonValueKind.String))
        {
            throw BotApiException.BadRequest("can't parse allowed_updates JSON array");
        }

        return [.. types.Select(type => type!.GetValue<string>())];
    }

    private async ValueTask<ApiReply> GetUpdatesAsync(BotParameters parameters, CancellationToken cancellationToken)
    {
        var allowed = AllowedUpdates(parameters);
        var limit = Math.Clamp(parameters.Int("limit", MaxLimit), 1, MaxLimit);
        var timeout = TimeSpan.FromSeconds(Math.Max(parameters.Int("timeout", 0), 0));
        var batch = await context.Updates.PollAsync(parameters.Long("offset"), limit, timeout, allowed, cancellationToken);
        return ApiReply.OkWritten(json =>
        {
            json.WriteStartArray();
            foreach (var update in batch) json.WriteRawValue(update.Json, skipInputValidation: true);
            json.WriteEndArray();
        });
    }
}
