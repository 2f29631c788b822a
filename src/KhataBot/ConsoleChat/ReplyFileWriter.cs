using KhataBot.Core.Abstractions;
using Microsoft.Extensions.Options;

namespace KhataBot.ConsoleChat;

/// <summary>Writes the files a reply carries into the files folder and says where they went.</summary>
internal sealed class ReplyFileWriter(IOptions<ConsoleChatOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<ReplyFile> files, CancellationToken ct)
    {
        if (files.Count == 0)
        {
            return [];
        }

        var directory = Path.GetFullPath(options.Value.FilesDirectory);
        Directory.CreateDirectory(directory);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss");
        var paths = new List<string>(files.Count);
        foreach (var file in files)
        {
            var path = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(file.FileName)}-{stamp}{Path.GetExtension(file.FileName)}");
            await File.WriteAllBytesAsync(path, file.Content, ct);
            paths.Add(path);
        }

        return paths;
    }
}
