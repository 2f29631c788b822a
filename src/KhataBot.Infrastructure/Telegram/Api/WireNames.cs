namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>The Bot API spellings of our enums, needed in JSON bodies and multipart fields alike.</summary>
internal static class WireNames
{
    public static string? Of(ParseMode? mode) => mode switch
    {
        null => null,
        ParseMode.Html => "HTML",
        ParseMode.MarkdownV2 => "MarkdownV2",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static string Of(ChatAction action) => action switch
    {
        ChatAction.Typing => "typing",
        ChatAction.UploadPhoto => "upload_photo",
        ChatAction.UploadDocument => "upload_document",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Of(InputMediaKind kind) => kind switch
    {
        InputMediaKind.Photo => "photo",
        InputMediaKind.Document => "document",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
