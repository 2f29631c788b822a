using System.Collections.Concurrent;
using System.Globalization;

namespace KhataBot.Telegram.StandIn.Chats;

/// <summary>Files the bot uploaded, by file_id, so a later send can reuse one by its id as on Telegram.</summary>
internal sealed class FileStore
{
    private readonly ConcurrentDictionary<string, SentFile> _byId = new(StringComparer.Ordinal);
    private long _lastNumber;

    public SentFile Add(string fieldName, string fileName, string? contentType, byte[] bytes, SentKind kind)
    {
        var number = Interlocked.Increment(ref _lastNumber);
        // Shaped like Telegram's ids (a kind prefix, then opaque base64url), unique by the counter at the end.
        var prefix = kind == SentKind.Photo ? "AgACAgUAAxkDAAI" : "BQACAgUAAxkDAAI";
        var file = new SentFile(fieldName, fileName, contentType, bytes, prefix + number.ToString("D12", CultureInfo.InvariantCulture));
        _byId[file.FileId] = file;
        return file;
    }

    public SentFile? Find(string fileId) => _byId.GetValueOrDefault(fileId);
}
