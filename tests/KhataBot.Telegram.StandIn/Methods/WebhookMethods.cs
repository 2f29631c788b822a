using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

internal sealed partial class WebhookMethods(StandInContext context)
{
    public void Register(MethodTable methods)
    {
        methods.Add("setWebhook", SetWebhookAsync);
        methods.Add("deleteWebhook", DeleteWebhookAsync);
        methods.Add("getWebhookInfo", _ => GetWebhookInfo());
    }

    private async ValueTask<ApiReply> SetWebhookAsync(BotParameters parameters, CancellationToken cancellationToken)
    {
        var url = parameters.String("url");
        // Telegram takes an empty url as "remove the webhook".
        if (string.IsNullOrEmpty(url)) return await DeleteWebhookAsync(parameters, cancellationToken);

        var secretToken = parameters.String("secret_token");
        if (secretToken is { Length: > 0 } && !SecretTokenShape().IsMatch(secretToken))
        {
            throw BotApiException.BadRequest("secret token contains unallowed characters");
        }

        context.Updates.AllowOnly(UpdateMethods.AllowedUpdates(parameters));
        var changed = await context.Webhook.SetAsync(CheckedUrl(url), secretToken is { Length: > 0 } ? secretToken : null, parameters.Bool("drop_pending_updates"));
        return ApiReply.Ok(true, changed ? "Webhook was set" : "Webhook is already set");
    }

    private async ValueTask<ApiReply> DeleteWebhookAsync(BotParameters parameters, CancellationToken cancellationToken)
    {
        var changed = await context.Webhook.DeleteAsync(parameters.Bool("drop_pending_updates"));
        return ApiReply.Ok(true, changed ? "Webhook was deleted" : "Webhook is already deleted");
    }

    private ApiReply GetWebhookInfo()
    {
        var state = context.Webhook.State;
        var info = new JsonObject
        {
            ["url"] = state.Url?.ToString() ?? "",
            ["has_custom_certificate"] = false,
            ["pending_update_count"] = context.Updates.PendingCount,
        };
        if (state.LastErrorAt is { } at) info["last_error_date"] = at.ToUnixTimeSeconds();
        if (state.LastErrorMessage is not null) info["last_error_message"] = state.LastErrorMessage;
        if (state.Url is not null) info["max_connections"] = 40;
        return ApiReply.Ok(info);
    }

    /// <summary>Telegram insists on HTTPS (and a few ports); a webhook on loopback, where the bot under test listens,
    /// may use plain HTTP and any port.</summary>
    private static Uri CheckedUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw BotApiException.BadRequest("bad webhook: Failed to resolve host: Name or service not known");
        }

        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) return uri;
        throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretTokenShape();
}
