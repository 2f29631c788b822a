using Hangfire.Storage.SQLite;
using SQLite;

namespace KhataBot.Infrastructure.Scheduling;

/// <summary>Hangfire's storage on the jobs file, with the options chosen in docs/decisions/0015.</summary>
public static class KhataJobStorage
{
    public static SQLiteStorage Open(JobsFile file, JobsOptions options)
    {
        var storage = new SQLiteStorage(new SQLiteDbConnectionFactory(() => Connect(file)), Options(options));
        using var connection = storage.CreateAndOpenConnection();
        // The storage indexes Set's Key and Value, and JobParameter's JobId and Name, one column at a time.
        // The scheduler finds each due delayed job as the lowest score of the "schedule" key, scheduling a
        // job first looks for its (key, value) row, and every job's parameters are read and set by (job,
        // name): with 10,000 reminders scheduled, each was a scan (or a sort) of all of them. Indexes of our
        // own (the storage's DLL is unmodified; this only adds to its file) make them seeks.
        connection.Database.Execute("CREATE INDEX IF NOT EXISTS IX_Set_Key_Score ON \"Set\" (Key, Score)");
        connection.Database.Execute("CREATE INDEX IF NOT EXISTS IX_Set_Key_Value ON \"Set\" (Key, Value)");
        connection.Database.Execute("CREATE INDEX IF NOT EXISTS IX_JobParameter_JobId_Name ON JobParameter (JobId, Name)");
        return storage;
    }

    private static SQLiteStorageOptions Options(JobsOptions options) => new()
    {
        QueuePollInterval = options.QueuePollInterval,
        // A job fetched longer ago than this is fetched again: ours take milliseconds, a round seconds.
        InvisibilityTimeout = TimeSpan.FromMinutes(30),
        // The scheduler's lock is renewed while held; one left by a killed process frees itself this soon.
        DistributedLockLifetime = TimeSpan.FromSeconds(30),
        JournalMode = SQLiteStorageOptions.JournalModes.WAL,
    };

    /// <summary>As the storage opens its own (file created if missing, no mutex: one connection per thread),
    /// and synchronous=NORMAL: in WAL mode a commit then waits for no fsync, only checkpoints do. A power cut
    /// can lose the last commits of the jobs file, never the book's; the book is the truth, and every
    /// pending reminder without a live job gets one at the next start.</summary>
    private static SQLiteConnection Connect(JobsFile file)
    {
        var connection = new SQLiteConnection(file.Path, SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.NoMutex, storeDateTimeAsTicks: true)
        {
            BusyTimeout = TimeSpan.FromSeconds(10),
        };
        connection.Execute("PRAGMA synchronous = NORMAL");
        return connection;
    }
}
