using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure.Charts;
using Microsoft.Extensions.Options;

namespace KhataBot.ConsoleChat;

/// <summary>Writes the files a reply carries into the files folder and says where they went. A file of
/// the same name is never overwritten: the new one gets a number (khata-2026-11-22-2.csv). Pictures are
/// written as the PNGs a messenger would show.</summary>
internal sealed class ReplyFileWriter(IOptions<ConsoleChatOptions> options, ChartPictures pictures)
{
    public async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<ReplyFile> reply, CancellationToken ct)
    {
        var files = pictures.AsShown(reply);
        if (files.Count == 0)
        {
            return [];
        }

        var directory = Path.GetFullPath(options.Value.FilesDirectory);
        Directory.CreateDirectory(directory);
        var paths = new List<string>(files.Count);
        foreach (var file in files)
        {
            // The name comes from the book's own handlers, but keep it a plain file name all the same.
            var name = Path.GetFileName(file.FileName);
            var path = FreePath(directory, Path.GetFileNameWithoutExtension(name), Path.GetExtension(name));
            await File.WriteAllBytesAsync(path, file.Content, ct);
            paths.Add(path);
        }

        return paths;
    }

    private static string FreePath(string directory, string stem, string extension)
    {
        var path = Path.Combine(directory, stem + extension);
        for (var copy = 2; File.Exists(path); copy++)
        {
            path = Path.Combine(directory, $"{stem}-{copy}{extension}");
        }

        return path;
    }
}
