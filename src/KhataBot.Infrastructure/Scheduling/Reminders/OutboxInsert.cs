using System.Data.Common;
using KhataBot.Core.Outbox;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>
/// Stores outbox rows made by <see cref="OutboxWriter.Create"/> through one prepared statement: a round can
/// write ten thousand messages, and EF prepares a statement for every row it inserts. Reminders carry text
/// and buttons, never files.
/// </summary>
internal sealed class OutboxInsert : IAsyncDisposable
{
    private readonly DbCommand _command;

    public OutboxInsert(DbConnection connection, DbTransaction transaction)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = """
            INSERT INTO "OutboxMessages" ("ChatId", "Text", "ButtonsJson", "Status", "Attempts", "CreatedAt")
            VALUES (@chat, @text, @buttons, @status, 0, @createdAt)
            """;
        foreach (var name in new[] { "@chat", "@text", "@buttons", "@status", "@createdAt" })
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            _command.Parameters.Add(parameter);
        }
    }

    public async Task AddAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Files.Count > 0)
        {
            throw new InvalidOperationException("A reminder carries no files; put a message with files in the outbox through OutboxWriter.Add.");
        }

        _command.Parameters[0].Value = message.ChatId;
        _command.Parameters[1].Value = message.Text;
        _command.Parameters[2].Value = (object?)message.ButtonsJson ?? DBNull.Value;
        _command.Parameters[3].Value = message.Status.ToString();
        _command.Parameters[4].Value = Sql.Moment(_command.Connection!, message.CreatedAt);
        await _command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
