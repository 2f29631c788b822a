using KhataBot.Telegram.StandIn.Chats;
using KhataBot.Telegram.StandIn.Formatting;
using KhataBot.Telegram.StandIn.Http;

namespace KhataBot.Telegram.StandIn.Methods;

/// <summary>sendMessage, sendPhoto and sendDocument: checked as Telegram checks them, then posted.</summary>
internal sealed class SendMethods(StandInContext context)
{
    private bool Strict => context.Options.RejectUnescapedAmpersand;

    public void Register(MethodTable methods)
    {
        methods.Add("sendMessage", SendMessage);
        methods.Add("sendPhoto", (parameters, cancellationToken) => SendFileAsync(parameters, "photo", SentKind.Photo, cancellationToken));
        methods.Add("sendDocument", (parameters, cancellationToken) => SendFileAsync(parameters, "document", SentKind.Document, cancellationToken));
    }

    private ApiReply SendMessage(BotParameters parameters)
    {
        var chat = context.Chats.Get(parameters.RequireChatId());
        var raw = parameters.String("text");
        var parseMode = parameters.String("parse_mode");
        var text = MessageText.ParseText(raw, parseMode, Strict);
        var markup = ReplyMarkup.Read(parameters);
        return Posting.Post(context, chat, new Outgoing(SentKind.Text, raw, parseMode, markup, [new OutgoingPart(SentKind.Text, text, null)]));
    }

    private async ValueTask<ApiReply> SendFileAsync(BotParameters parameters, string field, SentKind kind, CancellationToken cancellationToken)
    {
        var chat = context.Chats.Get(parameters.RequireChatId());
        var rawCaption = parameters.String("caption");
        var parseMode = parameters.String("parse_mode");
        var caption = MessageText.ParseCaption(rawCaption, parseMode, Strict);
        var markup = ReplyMarkup.Read(parameters);
        var file = await InputFiles.ReadAsync(context.Files, parameters, field, kind, cancellationToken);
        var part = new OutgoingPart(kind, caption, file with { Caption = rawCaption });
        return Posting.Post(context, chat, new Outgoing(kind, rawCaption, parseMode, markup, [part]));
    }
}
