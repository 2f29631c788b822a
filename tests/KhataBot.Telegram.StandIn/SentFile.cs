namespace KhataBot.Telegram.StandIn;

/// <summary>A file the bot sent. <see cref="Bytes"/> is empty when it was sent by URL rather than uploaded.</summary>
public sealed record SentFile(string FieldName, string FileName, string? ContentType, byte[] Bytes, string FileId)
{
    /// <summary>The caption of this media group item (or of the photo/document), as sent.</summary>
    public string? Caption { get; init; }
}
