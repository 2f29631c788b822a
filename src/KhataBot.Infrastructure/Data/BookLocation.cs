using Microsoft.Data.Sqlite;

namespace KhataBot.Infrastructure.Data;

/// <summary>
/// Where the book is kept, as the host was configured. Parts that work differently on a SQLite file (one
/// process owns it: <see cref="BookOwnership"/>) and on a shared PostgreSQL server ask this, not the settings.
/// </summary>
public sealed record BookLocation(DatabaseProvider Provider, string? SqliteFile)
{
    public static BookLocation Of(string connectionString, DatabaseProvider provider) =>
        new(provider, provider == DatabaseProvider.Sqlite ? SqliteFileOf(connectionString) : null);

    /// <summary>True on SQLite: this process is the book's only writer, so no other instance can claim or
    /// change its rows meanwhile.</summary>
    public bool OneProcess => Provider == DatabaseProvider.Sqlite;

    /// <summary>The full path of a SQLite file named by a connection string ("Data Source=…", or a bare path
    /// as some job stores take), or null for an in-memory database.</summary>
    public static string? SqliteFileOf(string connectionString)
    {
        string source;
        var memory = false;
        if (connectionString.Contains('='))
        {
            var parsed = new SqliteConnectionStringBuilder(connectionString);
            source = parsed.DataSource;
            memory = parsed.Mode == SqliteOpenMode.Memory;
        }
        else
        {
            source = connectionString;
        }

        return memory || string.IsNullOrWhiteSpace(source) || source == ":memory:" ? null : Path.GetFullPath(source);
    }
}
