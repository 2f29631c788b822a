using System.Data.Common;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>Customers' names for the reminders that go out, read on the round's transaction.</summary>
internal static class CustomerNamesQuery
{
    /// <summary>The customers' names, by id.</summary>
    public static async Task<Dictionary<long, string>> NamesAsync(DbConnection connection, DbTransaction transaction, IEnumerable<long> customerIds, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"Id\", \"Name\" FROM \"Customers\" WHERE {Sql.InIds(connection, "\"Id\"")}";
        Sql.AddIds(command, customerIds);
        var names = new Dictionary<long, string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            names[reader.GetInt64(0)] = reader.GetString(1);
        }

        return names;
    }
}
