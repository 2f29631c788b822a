using System.Net.Http.Headers;
using System.Text;

namespace KhataBot.Infrastructure.Telegram.Api;

/// <summary>multipart/form-data as Telegram reads it, for uploads.</summary>
internal static class MultipartForm
{
    // Telegram expects a non-ASCII file name as raw UTF-8 inside filename="..." (what Telegram.Bot and telepot
    // send), not the encoded forms MultipartFormDataContent writes, which would show up garbled. Hence a plain
    // MultipartContent with headers written as UTF-8 and the Content-Disposition written by hand.
    public static MultipartContent Create() =>
        new("form-data") { HeaderEncodingSelector = (_, _) => Encoding.UTF8 };

    public static void AddField(this MultipartContent form, string name, string? value)
    {
        if (value is null)
        {
            return;
        }
        var part = new StringContent(value, Encoding.UTF8);
        part.Headers.ContentType = null;
        part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{name}\"");
        form.Add(part);
    }

    public static void AddFile(this MultipartContent form, string name, InputFile file)
    {
        var part = new ReadOnlyMemoryContent(file.Content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{name}\"; filename=\"{Quotable(file.FileName)}\"");
        form.Add(part);
    }

    // A quote or line break would end the header value early.
    private static string Quotable(string fileName) =>
        string.Concat(fileName.Select(c => c is '"' or '\\' or '\r' or '\n' ? '_' : c));
}
