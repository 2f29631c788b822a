namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>One item of an album (sendMediaGroup), e.g. a month's charts sent together.</summary>
public sealed record InputMedia(InputMediaKind Kind, InputFile File, string? Caption = null, ParseMode? ParseMode = null)
{
    public static InputMedia Photo(InputFile file, string? caption = null) => new(InputMediaKind.Photo, file, caption);

    public static InputMedia Document(InputFile file, string? caption = null) => new(InputMediaKind.Document, file, caption);
}
