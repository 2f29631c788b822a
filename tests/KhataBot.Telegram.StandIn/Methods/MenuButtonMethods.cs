using System.Text.Json;
using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

/// <summary>
/// setChatMenuButton and getChatMenuButton as on Telegram: a button of type commands, default or web_app
/// (text of 1-64 characters and an HTTPS web_app.url), per private chat or for the bot as a whole;
/// without one set, getChatMenuButton answers {"type":"commands"}. Refusals are worded as Telegram's.
/// </summary>
internal sealed class MenuButtonMethods(StandInContext context)
{
    public void Register(MethodTable methods)
    {
        methods.Add("setChatMenuButton", Set);
        methods.Add("getChatMenuButton", Get);
    }

    private ApiReply Set(BotParameters parameters)
    {
        var chatId = parameters.Long("chat_id");
        var node = parameters.Json("menu_button", "can't parse menu button JSON object");
        var button = node switch
        {
            null => new JsonObject { ["type"] = "default" },
            JsonObject o => Checked(o),
            _ => throw BotApiException.BadRequest("can't parse menu button JSON object"),
        };
        context.Recorder.RecordMenuButton(new MenuButtonSet(chatId, (JsonObject)button.DeepClone(), context.Clock.GetUtcNow()));
        return ApiReply.Ok(true);
    }

    private ApiReply Get(BotParameters parameters)
    {
        var chatId = parameters.Long("chat_id");
        var sets = context.Recorder.MenuButtons;
        var current = sets.LastOrDefault(s => s.ChatId == chatId) ?? (chatId is null ? null : sets.LastOrDefault(s => s.ChatId is null));
        var button = current is null || current.Type == "default" ? new JsonObject { ["type"] = "commands" } : (JsonObject)current.MenuButton.DeepClone();
        return ApiReply.Ok(button);
    }

    private static JsonObject Checked(JsonObject button)
    {
        var type = Text(button, "type");
        switch (type)
        {
            case "commands" or "default":
                return button;
            case "web_app":
                var text = Text(button, "text");
                if (text is null || text.Length is < 1 or > 64) throw BotApiException.BadRequest("can't parse menu button JSON object: field \"text\" must be of type String");
                var url = button["web_app"] is JsonObject app ? Text(app, "url") : null;
                if (url is null) throw BotApiException.BadRequest("can't parse menu button JSON object: field \"web_app\" must be of type Object");
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "https")
                {
                    throw BotApiException.BadRequest($"menu button Web App URL '{url}' is invalid: Only HTTPS links are allowed");
                }

                return button;
            default:
                throw BotApiException.BadRequest("unsupported menu button type");
        }
    }

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
