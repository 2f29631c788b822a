using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

/// <summary>sendChatAction: refused for a blocked chat like a send, but not a send for the flood limits.</summary>
internal sealed class ChatActionMethod(StandInContext context)
{
    private static readonly HashSet<string> Actions =
    [
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    ];

    public void Register(MethodTable methods) => methods.Add("sendChatAction", SendChatAction);

    private ApiReply SendChatAction(BotParameters parameters)
    {
        var chat = context.Chats.Get(parameters.RequireChatId());
        if (parameters.String("action") is not { } action || !Actions.Contains(action))
        {
            throw BotApiException.BadRequest("wrong parameter action in request");
        }

        StandInContext.CheckNotBlocked(chat);
        return ApiReply.Ok(true);
    }
}
