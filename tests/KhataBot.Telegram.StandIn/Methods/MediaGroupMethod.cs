using System.Text.Json;
using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Chats;
using KhataBot.Telegram.StandIn.Formatting;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

/// <summary>
/// sendMediaGroup with photos or documents. Telegram's documentation asks for 2-10 items; the stand-in holds the bot to
/// that even though Telegram itself quietly sends a single item as a plain message.
/// </summary>
internal sealed class MediaGroupMethod(StandInContext context)
{
    private const int MaxItems = 10;

    public void Register(MethodTable methods) => methods.Add("sendMediaGroup", SendMediaGroupAsync);

    private async ValueTask<ApiReply> SendMediaGroupAsync(BotParameters parameters, CancellationToken cancellationToken)
    {
        var chat = context.Chats.Get(parameters.RequireChatId());
        var items = parameters.Json("media", "can't parse media JSON object") switch
        {
            null => throw BotApiException.BadRequest("parameter \"media\" is required"),
            JsonArray array => array,
            _ => throw BotApiException.BadRequest("can't parse media JSON object"),
        };
        if (items.Count == 0) throw BotApiException.BadRequest("there are no messages to send");
        if (items.Count > MaxItems) throw BotApiException.BadRequest("too many messages to send as an album");
        if (items.Count == 1) throw BotApiException.BadRequest("media group must include 2-10 items (stand-in: Telegram's documented minimum)");

        var parts = new List<OutgoingPart>();
        (string? Raw, string? ParseMode)? firstCaption = null;
        foreach (var item in items)
        {
            var (kind, rawCaption, parseMode, reference) = ReadItem(item);
            var caption = MessageText.ParseCaption(rawCaption, parseMode, context.Options.RejectUnescapedAmpersand);
            var file = await InputFiles.ResolveAsync(context.Files, parameters, reference, kind == SentKind.Photo ? "photo" : "document", kind, "can't parse InputMedia: media not found", cancellationToken);
            parts.Add(new OutgoingPart(kind, caption, file with { Caption = rawCaption }));
            if (firstCaption is null && !string.IsNullOrEmpty(rawCaption)) firstCaption = (rawCaption, parseMode);
        }

        if (parts.Any(part => part.Kind == SentKind.Document) && parts.Any(part => part.Kind != SentKind.Document))
        {
            throw BotApiException.BadRequest("document can't be mixed with other media types");
        }

        return Posting.Post(context, chat, new Outgoing(SentKind.MediaGroup, firstCaption?.Raw, firstCaption?.ParseMode, null, parts));
    }

    private static (SentKind Kind, string? Caption, string? ParseMode, string Reference) ReadItem(JsonNode? node)
    {
        if (node is not JsonObject item) throw BotApiException.BadRequest("can't parse InputMedia: InputMedia must be an Object");
        var kind = Text(item, "type") switch
        {
            "photo" => SentKind.Photo,
            "document" => SentKind.Document,
            var type when type is "animation" or "sticker" => throw BotApiException.BadRequest($"can't parse InputMedia: type \"{type}\" can't be used in sendMediaGroup"),
            var type => throw BotApiException.BadRequest($"can't parse InputMedia: type \"{type}\" is not supported by the stand-in"),
        };
        var reference = Text(item, "media") ?? throw BotApiException.BadRequest("can't parse InputMedia: media not found");
        return (kind, Text(item, "caption"), Text(item, "parse_mode"), reference);
    }

    private static string? Text(JsonObject item, string name) =>
        item[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
