namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>The "typing…" style status shown while a slow reply (a chart, an export) is being made.</summary>
public enum ChatAction
{
    Typing,
    UploadPhoto,
    UploadDocument,
}
