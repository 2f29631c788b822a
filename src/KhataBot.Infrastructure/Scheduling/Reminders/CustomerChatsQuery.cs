using System.Data.Common;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>The chats of customers who opened their link, for the reminders that go out, read on the round's transaction.</summary>
internal static class CustomerChatsQuery
{
    /// <summary>By customer id: the shop the link was made by, and each chat that may be sent to (not
    /// taken back, not blocked). Most rounds have no linked customers; the read is one indexed lookup.</summary>
    public static async Task<Dictionary<long, List<(long ShopId, long ChatId)>>> ChatsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<long> customerIds, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT DISTINCT "CustomerId", "ShopId", "ChatId" FROM "CustomerLinks"
            WHERE {Sql.InIds(connection, "\"CustomerId\"")}
              AND "ChatId" IS NOT NULL AND "RevokedAt" IS NULL
              AND "ChatId" NOT IN (SELECT "ChatId" FROM "InactiveChats")
            """;
        Sql.AddIds(command, customerIds);
        var chats = new Dictionary<long, List<(long, long)>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var customer = reader.GetInt64(0);
            if (!chats.TryGetValue(customer, out var list))
            {
                chats[customer] = list = [];
            }

            list.Add((reader.GetInt64(1), reader.GetInt64(2)));
        }

        return chats;
    }
}
