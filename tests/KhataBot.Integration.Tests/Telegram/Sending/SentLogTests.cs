using KhataBot.Infrastructure.Data;
using KhataBot.Infrastructure.Telegram.Sending;

namespace KhataBot.Integration.Tests.Telegram.Sending;

/// <summary>The file beside a SQLite book that remembers which replies Telegram took before the book says so.</summary>
public sealed class SentLogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("khatabot-sentlog-").FullName;

    private BookLocation Book => new(DatabaseProvider.Sqlite, Path.Combine(_directory, "khatabot.db"));

    [Fact]
    public void Ids_taken_before_the_process_died_are_there_for_the_next_start()
    {
        using (var log = new SentLog(Book))
        {
            log.Taken(41);
            log.Taken(42);
            // No MarkedInBook: the process was killed before its batch.
        }

        using var next = new SentLog(Book);
        Assert.Equal([41L, 42L], next.LeftOver());
    }

    [Fact]
    public void The_file_is_emptied_once_every_id_in_it_is_marked_in_the_book()
    {
        using var log = new SentLog(Book);
        log.Taken(1);
        log.Taken(2);
        log.MarkedInBook([1]);
        Assert.Equal(16, new FileInfo(log.Path!).Length);

        log.MarkedInBook([2]);
        Assert.Equal(0, new FileInfo(log.Path!).Length);
        log.Taken(3);
        using var next = new SentLog(Book);
        Assert.Equal([3L], next.LeftOver());
    }

    [Fact]
    public void A_half_written_id_at_the_end_is_dropped()
    {
        using (var log = new SentLog(Book))
        {
            log.Taken(7);
        }

        File.AppendAllBytes(Path.Combine(_directory, "khatabot.db.sent"), [1, 2, 3]);
        using var next = new SentLog(Book);
        Assert.Equal([7L], next.LeftOver());
    }

    [Fact]
    public void A_server_database_has_no_log()
    {
        using var log = new SentLog(new BookLocation(DatabaseProvider.Postgres, SqliteFile: null));
        Assert.False(log.Enabled);
        Assert.Empty(log.LeftOver());
        Assert.Empty(Directory.GetFiles(_directory));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
