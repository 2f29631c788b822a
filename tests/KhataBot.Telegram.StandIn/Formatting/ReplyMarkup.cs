using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Formatting;

/// <summary>
/// A checked reply_markup. Only an inline keyboard stays on the message (and comes back in Message.reply_markup);
/// <see cref="Key"/> compares markups for "message is not modified". The refusals the bot can hit in practice
/// (BUTTON_DATA_INVALID, inline keyboard expected) are Telegram's; the rarer shape errors are worded after them.
/// </summary>
internal sealed record ReplyMarkup(JsonNode Raw, JsonObject? InlineKeyboard, string Key)
{
    private const int MaxCallbackDataBytes = 64;

    private static readonly string[] ButtonActions =
    [
        "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
    ];

    public static ReplyMarkup? Read(BotParameters parameters)
    {
        var node = parameters.Json("reply_markup", "can't parse reply keyboard markup JSON object");
        if (node is null) return null;
        if (node is not JsonObject markup) throw BotApiException.BadRequest("object expected as reply markup");

        if (markup.TryGetPropertyValue("inline_keyboard", out var rows))
        {
            CheckInlineKeyboard(rows);
            var keyboard = new JsonObject { ["inline_keyboard"] = rows!.DeepClone() };
            return new ReplyMarkup(node.DeepClone(), keyboard, CanonicalJson.Of(keyboard));
        }

        if (markup.ContainsKey("keyboard") || markup.ContainsKey("remove_keyboard") || markup.ContainsKey("force_reply"))
        {
            return new ReplyMarkup(node.DeepClone(), null, CanonicalJson.Of(node));
        }

        throw BotApiException.BadRequest("can't parse reply keyboard markup JSON object");
    }

    /// <summary>The key of "no markup", for comparing an edit that drops the keyboard.</summary>
    public static string KeyOf(ReplyMarkup? markup) => markup?.InlineKeyboard is null ? "" : markup.Key;

    private static void CheckInlineKeyboard(JsonNode? rows)
    {
        if (rows is not JsonArray rowList || rowList.Any(row => row is not JsonArray))
        {
            throw BotApiException.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays");
        }

        foreach (var button in rowList.SelectMany(row => row!.AsArray())) CheckButton(button);
    }

    private static void CheckButton(JsonNode? node)
    {
        if (node is not JsonObject button) throw BotApiException.BadRequest("can't parse inline keyboard button: InlineKeyboardButton should be an Object");
        if (!IsString(button["text"])) throw BotApiException.BadRequest("can't parse inline keyboard button: Field \"text\" must be of type String");

        if (button.TryGetPropertyValue("callback_data", out var data))
        {
            var bytes = IsString(data) ? Encoding.UTF8.GetByteCount(data!.GetValue<string>()) : 0;
            if (bytes is < 1 or > MaxCallbackDataBytes) throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
        }
        else if (!ButtonActions.Any(button.ContainsKey))
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        if (button.TryGetPropertyValue("url", out var url) && !IsUsableUrl(url)) throw BotApiException.BadRequest("BUTTON_URL_INVALID");
        if (button.TryGetPropertyValue("web_app", out var app)
            && !(app is JsonObject web && IsString(web["url"]) && Uri.TryCreate(web["url"]!.GetValue<string>(), UriKind.Absolute, out var page) && page.Scheme == "https"))
        {
            throw BotApiException.BadRequest("inline keyboard button Web App URL is invalid: Only HTTPS links are allowed");
        }
    }

    private static bool IsUsableUrl(JsonNode? url) =>
        IsString(url)
        && Uri.TryCreate(url!.GetValue<string>(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" or "tg";

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;
}
