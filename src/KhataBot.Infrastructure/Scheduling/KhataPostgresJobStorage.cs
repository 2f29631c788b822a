using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>Hangfire's storage on PostgreSQL (Database:Provider = Postgres), in a schema of its own beside the
/// book's tables or in a database of its own (ConnectionStrings:Jobs). Every instance's server shares it: a job
/// is fetched by one server (a row lock), and the recurring rounds are started by whichever holds the
/// scheduler's lock, so each runs once, not once per instance.</summary>
public static class KhataPostgresJobStorage
{
    public const string Schema = "hangfire";

    public static PostgreSqlStorage Open(string connectionString, JobsOptions options)
    {
        var storageOptions = Options(options);
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
    }

    private static PostgreSqlStorageOptions Options(JobsOptions options) => new()
    {
        SchemaName = Schema,
        // The storage creates and upgrades its own tables (its schema's version table says which it has).
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = options.QueuePollInterval,
        // As on SQLite: a job fetched longer ago than this is fetched again; ours take milliseconds, a round seconds.
        InvisibilityTimeout = TimeSpan.FromMinutes(30),
        // A killed instance's lock frees itself this soon, so the others' scheduler goes on.
        DistributedLockTimeout = TimeSpan.FromSeconds(30),
    };
}
