using System.Text.Json.Nodes;
using KhataBot.Telegram.StandIn.Chats;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

/// <summary>The last step of every send, once its own checks passed: admit it, give it message ids, record it.</summary>
internal static class Posting
{
    private static long _lastMediaGroup = 13_594_830_000_000_000;

    public static ApiReply Post(StandInContext context, ChatState chat, Outgoing outgoing)
    {
        context.AdmitSend(chat);
        var mediaGroupId = outgoing.Kind == SentKind.MediaGroup ? Interlocked.Increment(ref _lastMediaGroup).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        var (sent, messages) = chat.Post(outgoing, context.UnixNow, context.Clock.GetUtcNow(), mediaGroupId);
        context.Recorder.RecordSent(sent);

        var bot = context.Identity.User;
        if (outgoing.Kind != SentKind.MediaGroup) return ApiReply.Ok(MessageJson.FromBot(messages[0], chat, bot));
        return ApiReply.Ok(new JsonArray([.. messages.Select(message => (JsonNode)MessageJson.FromBot(message, chat, bot))]));
    }
}
