using KhataBot.Telegram.StandIn.Chats;
using KhataBot.Telegram.StandIn.Http;
using Microsoft.AspNetCore.Http;

namespace KhataBot.Telegram.StandIn.Methods;

/// <summary>
/// An InputFile as Telegram takes it: an uploaded multipart part (named after the parameter, or "attach://name"),
/// the file_id of a file sent before, or an HTTP URL for Telegram to fetch (recorded without bytes).
/// </summary>
internal static class InputFiles
{
    private const string AttachPrefix = "attach://";
    private const long MaxPhotoBytes = 10L * 1024 * 1024;
    private const long MaxFileBytes = 50L * 1024 * 1024;

    public static async Task<SentFile> ReadAsync(FileStore files, BotParameters parameters, string field, SentKind kind, CancellationToken cancellationToken)
    {
        if (parameters.File(field) is { } upload) return await StoreAsync(files, upload, field, kind, cancellationToken);
        var reference = parameters.String(field);
        if (string.IsNullOrEmpty(reference)) throw BotApiException.BadRequest($"there is no {field} in the request");
        return await ResolveAsync(files, parameters, reference, field, kind, "wrong file identifier/HTTP URL specified", cancellationToken);
    }

    /// <summary>A reference from a media group item; <paramref name="refusal"/> is what Telegram says when it leads nowhere.</summary>
    public static async Task<SentFile> ResolveAsync(
        FileStore files, BotParameters parameters, string reference, string field, SentKind kind, string refusal, CancellationToken cancellationToken)
    {
        if (reference.StartsWith(AttachPrefix, StringComparison.Ordinal))
        {
            var partName = reference[AttachPrefix.Length..];
            return parameters.File(partName) is { } upload
                ? await StoreAsync(files, upload, partName, kind, cancellationToken)
                : throw BotApiException.BadRequest(refusal);
        }

        if (Uri.TryCreate(reference, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return files.Add(field, Path.GetFileName(url.AbsolutePath) is { Length: > 0 } name ? name : "file", null, [], kind);
        }

        return files.Find(reference) is { } known ? known with { FieldName = field } : throw BotApiException.BadRequest(refusal);
    }

    private static async Task<SentFile> StoreAsync(FileStore files, IFormFile upload, string field, SentKind kind, CancellationToken cancellationToken)
    {
        if (upload.Length == 0) throw BotApiException.BadRequest("file must be non-empty");
        if (upload.Length > MaxFileBytes) throw BotApiException.EntityTooLarge();
        if (kind == SentKind.Photo && upload.Length > MaxPhotoBytes) throw BotApiException.BadRequest("file is too big");

        using var bytes = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(bytes, cancellationToken);
        // Telegram decodes a photo and refuses what is not a picture it can show (an SVG, say).
        if (kind == SentKind.Photo && !IsRasterImage(bytes.GetBuffer().AsSpan(0, (int)bytes.Length))) throw BotApiException.BadRequest("IMAGE_PROCESS_FAILED");

        var name = string.IsNullOrEmpty(upload.FileName) ? field : upload.FileName;
        return files.Add(field, name, upload.ContentType, bytes.ToArray(), kind);
    }

    private static bool IsRasterImage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || bytes.StartsWith("RIFF"u8) || bytes.StartsWith("GIF8"u8);
}
