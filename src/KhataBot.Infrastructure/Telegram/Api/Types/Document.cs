namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>A general file held by Telegram, such as an exported CSV.</summary>
public sealed record Document
{
    public string FileId { get; init; } = "";

    public string FileUniqueId { get; init; } = "";

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public long? FileSize { get; init; }
}
