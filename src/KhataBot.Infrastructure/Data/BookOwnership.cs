using Microsoft.Extensions.Configuration;

namespace KhataBot.Infrastructure.Data;

/// <summary>
/// One process owns a SQLite book: two bot processes on one file both drain the outbox and send every reply
/// twice (a rolling restart, a second `dotnet run` by mistake). The owner holds an OS file lock on
/// <c>&lt;file&gt;.lock</c> beside the book and beside the jobs file for its whole life; the OS drops it when
/// the process ends, even by kill -9, so a stale lock file never keeps the next start out. Readers that start
/// no host (the <c>jobs</c> command) take no lock. Several instances are for a server database, not SQLite:
/// on PostgreSQL no lock is taken.
/// </summary>
public sealed class BookOwnership : IDisposable
{
    private readonly List<FileStream> _locks;

    private BookOwnership(List<FileStream> locks) => _locks = locks;

    /// <summary>Takes the locks of the book and jobs files named in the settings, or says which lock another
    /// process holds.</summary>
    public static BookOwnership? TryAcquire(IConfiguration configuration, out string? refusal)
    {
        refusal = null;
        if (DatabaseSettings.ProviderOf(configuration) != DatabaseProvider.Sqlite)
        {
            // A server database is shared by design: several instances on it is the point (issue 13).
            return new BookOwnership([]);
        }

        var files = new[]
        {
            BookLocation.SqliteFileOf(configuration.GetConnectionString("Khata") ?? DependencyInjection.DefaultConnectionString),
            BookLocation.SqliteFileOf(configuration.GetConnectionString("Jobs") ?? Scheduling.JobsOptions.DefaultConnectionString),
        };
        var locks = new List<FileStream>();
        foreach (var file in files.OfType<string>().Distinct())
        {
            var lockFile = file + ".lock";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
                // FileShare.None is an exclusive flock on Unix and a share lock on Windows: either way the
                // second opener is refused while this process lives.
                locks.Add(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                locks.ForEach(l => l.Dispose());
                refusal = $"Another KhataBot process is using {file}: it holds the lock file {lockFile}. " +
                    "Only one process may keep a SQLite book; stop the other one first (the lock goes when it ends).";
                return null;
            }
        }

        refusal = null;
        return new BookOwnership(locks);
    }

    public void Dispose() => _locks.ForEach(l => l.Dispose());
}
