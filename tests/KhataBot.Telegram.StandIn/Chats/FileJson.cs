using System.Buffers.Binary;
using System.Text.Json.Nodes;

namespace KhataBot.Telegram.StandIn.Chats;

internal static class FileJson
{
    public static JsonArray PhotoSizes(SentFile file)
    {
        var (width, height) = PngSize(file.Bytes);
        return
        [
            new JsonObject
            {
                ["file_id"] = file.FileId,
                ["file_unique_id"] = UniqueId(file),
                ["file_size"] = file.Bytes.Length,
                ["width"] = width,
                ["height"] = height,
            },
        ];
    }

    public static JsonObject Document(SentFile file)
    {
        var json = new JsonObject { ["file_name"] = file.FileName };
        if (file.ContentType is not null) json["mime_type"] = file.ContentType;
        json["file_id"] = file.FileId;
        json["file_unique_id"] = UniqueId(file);
        json["file_size"] = file.Bytes.Length;
        return json;
    }

    private static string UniqueId(SentFile file) => "AgAD" + file.FileId[^8..];

    // Our charts are PNGs; other images get 0x0 rather than a made-up size.
    private static (int Width, int Height) PngSize(byte[] bytes) =>
        bytes.Length >= 24 && bytes.AsSpan(0, 8).SequenceEqual<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            ? (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)))
            : (0, 0);
}
