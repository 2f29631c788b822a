namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>One size of a photo held by Telegram; the file id sends it again without uploading.</summary>
public sealed record PhotoSize
{
    public string FileId { get; init; } = "";

    /// <summary>Stable across bots and time, unlike <see cref="FileId"/>, but cannot be used to send.</summary>
    public string FileUniqueId { get; init; } = "";

    public int Width { get; init; }

    public int Height { get; init; }

    public long? FileSize { get; init; }
}
