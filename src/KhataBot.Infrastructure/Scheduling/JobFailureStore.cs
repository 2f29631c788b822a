using System.Globalization;
using KhataBot.Core.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Quartz;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>
/// What Quartz forgets: which jobs are failing, how often, and why. One row per job in the jobs file
/// (KHATA_JOB_FAILURES), removed when the job next succeeds and kept when it is given up on.
/// </summary>
public sealed class JobFailureStore(JobsDatabase database, IOptions<JobsOptions> options)
{
    public const int MaxErrorLength = 2000;

    private string Scheduler => options.Value.SchedulerName;

    /// <summary>Counts one more failure in a row and returns how many there have been.</summary>
    public async Task<int> RecordAsync(JobKey job, string error, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, job, """
            INSERT INTO KHATA_JOB_FAILURES (SCHED_NAME, JOB_GROUP, JOB_NAME, ATTEMPTS, LAST_ERROR, FIRST_FAILED_AT, LAST_FAILED_AT)
            VALUES ($scheduler, $group, $name, 1, $error, $at, $at)
            ON CONFLICT (SCHED_NAME, JOB_GROUP, JOB_NAME) DO UPDATE
            SET ATTEMPTS = ATTEMPTS + 1, LAST_ERROR = excluded.LAST_ERROR, LAST_FAILED_AT = excluded.LAST_FAILED_AT, RETRY_AT = NULL
            RETURNING ATTEMPTS
            """);
        command.Parameters.AddWithValue("$error", error.Length <= MaxErrorLength ? error : error[..MaxErrorLength]);
        command.Parameters.AddWithValue("$at", Text(at));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task RetryAtAsync(JobKey job, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, job, "UPDATE KHATA_JOB_FAILURES SET RETRY_AT = $at WHERE SCHED_NAME = $scheduler AND JOB_GROUP = $group AND JOB_NAME = $name");
        command.Parameters.AddWithValue("$at", Text(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task GiveUpAsync(JobKey job, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, job, "UPDATE KHATA_JOB_FAILURES SET GAVE_UP_AT = $at, RETRY_AT = NULL WHERE SCHED_NAME = $scheduler AND JOB_GROUP = $group AND JOB_NAME = $name");
        command.Parameters.AddWithValue("$at", Text(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Forgets the job's failures after it succeeded; true when there were any.</summary>
    public async Task<bool> ClearAsync(JobKey job, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, job, "DELETE FROM KHATA_JOB_FAILURES WHERE SCHED_NAME = $scheduler AND JOB_GROUP = $group AND JOB_NAME = $name");
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyDictionary<JobKey, JobFailure>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT JOB_GROUP, JOB_NAME, ATTEMPTS, LAST_ERROR, LAST_FAILED_AT, RETRY_AT, GAVE_UP_AT
            FROM KHATA_JOB_FAILURES WHERE SCHED_NAME = $scheduler
            """;
        command.Parameters.AddWithValue("$scheduler", Scheduler);
        var failures = new Dictionary<JobKey, JobFailure>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            failures[new JobKey(reader.GetString(1), reader.GetString(0))] = new JobFailure(reader.GetInt32(2), reader.GetString(3), Read(reader.GetString(4)))
            {
                RetryAt = reader.IsDBNull(5) ? null : Read(reader.GetString(5)),
                GaveUpAt = reader.IsDBNull(6) ? null : Read(reader.GetString(6)),
            };
        }

        return failures;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private SqliteCommand Command(SqliteConnection connection, JobKey job, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$scheduler", Scheduler);
        command.Parameters.AddWithValue("$group", job.Group);
        command.Parameters.AddWithValue("$name", job.Name);
        return command;
    }

    private static string Text(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Read(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
