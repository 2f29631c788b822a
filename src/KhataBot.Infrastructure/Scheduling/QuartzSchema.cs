using Microsoft.Data.Sqlite;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>Creates Quartz's tables (and our failure table) in the jobs file where they are missing. It
/// only ever adds: existing tables and their jobs are left as they are.</summary>
public static class QuartzSchema
{
    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream("KhataBot.Infrastructure.Scheduling.quartz-sqlite.sql")
            ?? throw new InvalidOperationException("The Quartz schema script is not embedded in KhataBot.Infrastructure.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // WAL, as for the book (docs/decisions/0004): a job reading its triggers does not block one firing.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        command.Transaction = transaction;
        command.CommandText = Script.Value;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
