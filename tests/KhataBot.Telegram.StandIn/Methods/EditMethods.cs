using KhataBot.Telegram.StandIn.Chats;
using KhataBot.Telegram.StandIn.Formatting;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

/// <summary>
/// editMessageText, editMessageCaption and editMessageReplyMarkup on the bot's own messages. Like Telegram, an edit
/// without reply_markup removes the inline keyboard, and an edit that changes nothing is refused.
/// </summary>
internal sealed class EditMethods(StandInContext context)
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    private bool Strict => context.Options.RejectUnescapedAmpersand;

    public void Register(MethodTable methods)
    {
        methods.Add("editMessageText", EditText);
        methods.Add("editMessageCaption", EditCaption);
        methods.Add("editMessageReplyMarkup", EditReplyMarkup);
    }

    private ApiReply EditText(BotParameters parameters)
    {
        var (chat, messageId) = Target(parameters);
        var raw = parameters.String("text");
        var parseMode = parameters.String("parse_mode");
        var text = MessageText.ParseText(raw, parseMode, Strict, tooLong: "MESSAGE_TOO_LONG");
        var markup = InlineMarkup(parameters);
        return Apply("editMessageText", chat, messageId, raw, parseMode, markup, message =>
        {
            if (message.Kind != SentKind.Text) throw BotApiException.BadRequest("there is no text in the message to edit");
            return text;
        });
    }

    private ApiReply EditCaption(BotParameters parameters)
    {
        var (chat, messageId) = Target(parameters);
        var raw = parameters.String("caption");
        var parseMode = parameters.String("parse_mode");
        var caption = MessageText.ParseCaption(raw, parseMode, Strict);
        var markup = InlineMarkup(parameters);
        return Apply("editMessageCaption", chat, messageId, raw, parseMode, markup, message =>
        {
            if (message.Kind == SentKind.Text) throw BotApiException.BadRequest("there is no caption in the message to edit");
            return caption;
        });
    }

    private ApiReply EditReplyMarkup(BotParameters parameters)
    {
        var (chat, messageId) = Target(parameters);
        return Apply("editMessageReplyMarkup", chat, messageId, null, null, InlineMarkup(parameters), message => message.Content);
    }

    private ApiReply Apply(
        string method, ChatState chat, long messageId, string? raw, string? parseMode, ReplyMarkup? markup, Func<PostedMessage, FormattedText> newContent) =>
        chat.Edit(messageId, message =>
        {
            var content = newContent(message);
            if (content.SameAs(message.Content) && ReplyMarkup.KeyOf(markup) == ReplyMarkup.KeyOf(message.Markup))
            {
                throw BotApiException.BadRequest(NotModified);
            }

            context.AdmitSend(chat);
            message.Content = content;
            message.Markup = markup;
            message.EditDate = context.UnixNow;
            var plainText = raw is null ? null : content.Text;
            context.Recorder.RecordEdit(new MessageEdit(method, chat.Id, messageId, raw, plainText, parseMode, markup?.Raw, context.Clock.GetUtcNow()));
            return ApiReply.Ok(MessageJson.FromBot(message, chat, context.Identity.User));
        });

    private (ChatState Chat, long MessageId) Target(BotParameters parameters)
    {
        if (parameters.String("inline_message_id") is { Length: > 0 })
        {
            throw BotApiException.BadRequest("inline messages are not supported by the stand-in");
        }

        return (context.Chats.Get(parameters.RequireChatId()), parameters.RequireMessageId());
    }

    private static ReplyMarkup? InlineMarkup(BotParameters parameters)
    {
        var markup = ReplyMarkup.Read(parameters);
        if (markup is not null && markup.InlineKeyboard is null) throw BotApiException.BadRequest("inline keyboard expected");
        return markup;
    }
}
