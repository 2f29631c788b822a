using System.Buffers.Binary;
using KhataBot.Infrastructure.Data;
using Microsoft.Win32.SafeHandles;

namespace KhataBot.Infrastructure.Telegram.Sending;

/// <summary>
/// The replies Telegram has taken and the book does not yet call sent, in a file beside a SQLite book
/// (<c>khatabot.db.sent</c>). A reply is noted here the moment Telegram answers: one write(2) of its id, which
/// the OS keeps when the process is killed. Marking the row sent in the book at once would cost a commit per
/// reply, an fsync of a few milliseconds, queued behind the messages being booked; the rows are marked in the
/// book in batches instead, and forgotten here once that commit is done. At start the ids still here are
/// marked sent before anything is sent, so a kill -9 between Telegram's answer and the batch doubles nothing.
/// Not flushed to the disk: a power cut may lose the last ids, and those replies go out again (at least once,
/// never lost). Without a SQLite file (PostgreSQL, several instances) there is no log, and each reply is
/// marked in the book as it is sent.
/// </summary>
public sealed class SentLog : IDisposable
{
    private const int RecordSize = sizeof(long);

    private readonly Lock _gate = new();
    private readonly HashSet<long> _unmarked = [];
    private readonly SafeFileHandle? _file;
    private long _length;

    public SentLog(BookLocation book)
    {
        if (book.SqliteFile is { } bookFile)
        {
            Path = bookFile + ".sent";
            _file = File.OpenHandle(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
            _length = RandomAccess.GetLength(_file);
        }
    }

    /// <summary>Where the log is kept, when there is one.</summary>
    public string? Path { get; }

    public bool Enabled => _file is not null;

    /// <summary>The ids a process that ended before its batch left here (a trailing half-written id is dropped).</summary>
    public IReadOnlyList<long> LeftOver()
    {
        if (_file is null)
        {
            return [];
        }

        lock (_gate)
        {
            var bytes = new byte[_length - (_length % RecordSize)];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(_file, bytes.AsSpan(read), read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            var ids = new List<long>(read / RecordSize);
            for (var at = 0; at + RecordSize <= read; at += RecordSize)
            {
                var id = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at));
                ids.Add(id);
                _unmarked.Add(id);
            }

            return ids;
        }
    }

    /// <summary>Notes that Telegram took the reply with this outbox id.</summary>
    public void Taken(long outboxId)
    {
        Span<byte> record = stackalloc byte[RecordSize];
        BinaryPrimitives.WriteInt64LittleEndian(record, outboxId);
        lock (_gate)
        {
            RandomAccess.Write(_file!, record, _length);
            _length += RecordSize;
            _unmarked.Add(outboxId);
        }
    }

    /// <summary>These rows are marked sent in the book now: they need not be remembered here. Once none is
    /// left the file is emptied, so it stays small however long the bot runs.</summary>
    public void MarkedInBook(IEnumerable<long> outboxIds)
    {
        if (_file is null)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var id in outboxIds)
            {
                _unmarked.Remove(id);
            }

            if (_unmarked.Count == 0 && _length > 0)
            {
                RandomAccess.SetLength(_file, 0);
                _length = 0;
            }
        }
    }

    public void Dispose() => _file?.Dispose();
}
