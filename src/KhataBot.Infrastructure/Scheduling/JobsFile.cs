using Microsoft.Data.Sqlite;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// Where the jobs live: a SQLite file of their own, apart from the book, so the scheduler's small writes
/// never wait on the book's writer, nor the book on them. Hangfire.Storage.SQLite takes a file path, not a
/// connection string; the setting keeps its form (ConnectionStrings:Jobs = "Data Source=…", as the Quartz
/// version had it) so existing settings and deployments keep working, and the path is read out of it.
/// </summary>
public sealed record JobsFile(string Path)
{
    public static JobsFile From(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(path) || path == ":memory:" || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:Jobs must name a file, as in \"Data Source=khatabot-jobs.db\" (it was \"{connectionString}\").");
        }

        return new JobsFile(System.IO.Path.GetFullPath(path));
    }
}
