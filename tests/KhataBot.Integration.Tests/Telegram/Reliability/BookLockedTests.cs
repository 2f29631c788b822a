using KhataBot.Integration.Tests.Support;
using KhataBot.Telegram.StandIn;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Telegram.Reliability;

/// <summary>
/// Another process holds SQLite's write lock (a backup tool, a long query) while messages arrive: nothing
/// is confirmed to Telegram that the book did not commit, and everything lands once the lock is gone. The
/// bot waits 2 s for the lock per try (Default Timeout=2, instead of 30 s), so a 12 s lock makes its commits
/// fail several times, as a 45 s lock does with the default.
/// </summary>
public sealed class BookLockedTests
{
    private const long Asha = 8101, Bina = 8102;
    private static readonly TimeSpan LockHeld = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(40);

    private static Dictionary<string, string> Settings(string giveUpAfter) => new()
    {
        ["ConnectionStrings__Khata"] = "Data Source={book};Default Timeout=2",
        ["Book__GiveUpAfter"] = giveUpAfter,
    };

    [SqliteOnlyTheory("SQLite's file lock held by another process")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Messages_sent_while_another_process_locks_the_book_are_applied_and_answered_once_after(bool webhook)
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, Settings("00:02:00"), webhook);
        telegram.PushMessage(Asha, Asha, "add Ramesh 100 rice", firstName: "Asha");
        await telegram.WaitForMessagesAsync(Asha, 1, Wait);

        string[] asha = ["add Ramesh 1 L1", "add Ramesh 2 L2", "paid Ramesh 3"];
        string[] bina = ["add Suresh 4 L4", "add Suresh 5 L5"];
        await using (var other = await LockAsync(bot.DatabasePath))
        {
            foreach (var (a, b) in asha.Zip(bina)) { telegram.PushMessage(Asha, Asha, a, firstName: "Asha"); telegram.PushMessage(Bina, Bina, b, firstName: "Bina"); }
            telegram.PushMessage(Asha, Asha, asha[2], firstName: "Asha");
            await TestWait.UntilAsync(() => Task.FromResult(bot.Logs.Contains("nothing was saved or confirmed; trying again", StringComparison.Ordinal)), Wait);
            await Task.Delay(LockHeld);

            // Nothing was confirmed or answered while the book could not be written.
            Assert.Single(telegram.SentTo(Asha));
            Assert.Empty(telegram.SentTo(Bina));
            if (webhook)
            {
                Assert.Contains(telegram.WebhookDeliveries, d => d.StatusCode == 503);
            }
            else
            {
                Assert.Equal(asha.Length + bina.Length, telegram.PendingUpdateCount);
            }

            await other.ReleaseAsync();
        }

        await telegram.WaitForMessagesAsync(Asha, 1 + asha.Length, Wait);
        await telegram.WaitForMessagesAsync(Bina, bina.Length, Wait);
        await Task.Delay(1500);
        var toAsha = telegram.SentTo(Asha).Select(m => m.PlainText).ToList();
        var toBina = telegram.SentTo(Bina).Select(m => m.PlainText).ToList();
        Assert.Equal(1 + asha.Length, toAsha.Count);
        Assert.Equal(bina.Length, toBina.Count);
        // In the order they were sent: the payment comes after both credits.
        Assert.Contains("Ramesh owes ₹101", toAsha[1]);
        Assert.Contains("Ramesh owes ₹103", toAsha[2]);
        Assert.Contains("Ramesh paid ₹3. Ramesh owes ₹100", toAsha[3]);
        Assert.Contains("Suresh owes ₹9", toBina[1]);
        Assert.Equal(1 + asha.Length + bina.Length, await bot.QueryAsync(db => db.Entries.CountAsync()));
        Assert.Equal(0, telegram.PendingUpdateCount);
    }

    [SqliteOnlyFact("SQLite's file lock held by another process")]
    public async Task A_message_the_book_cannot_take_in_time_is_answered_not_saved_and_can_be_sent_again()
    {
        await using var telegram = await BotApiStandIn.StartAsync();
        await using var bot = await TelegramBotProcess.StartAsync(telegram, Settings("00:00:03"));
        telegram.PushMessage(Asha, Asha, "add Ramesh 100 rice", firstName: "Asha");
        await telegram.WaitForMessagesAsync(Asha, 1, Wait);

        await using (var other = await LockAsync(bot.DatabasePath))
        {
            telegram.PushMessage(Asha, Asha, "add Ramesh 7 L9", firstName: "Asha");
            var told = (await telegram.WaitForMessagesAsync(Asha, 2, Wait))[1].PlainText;
            Assert.StartsWith("Not saved: “add Ramesh 7 L9”.", told);
            Assert.Contains("send it again", told);
            await other.ReleaseAsync();
        }

        // The process logs as it answers: the line may reach its standard error a moment after the reply.
        await TestWait.UntilAsync(() => Task.FromResult(bot.Logs.Contains("was not saved", StringComparison.Ordinal)), Wait);
        Assert.Contains("database is locked", bot.Logs);
        Assert.Equal(1, await bot.QueryAsync(db => db.Entries.CountAsync()));

        telegram.PushMessage(Asha, Asha, "add Ramesh 7 L9", firstName: "Asha");
        var replies = await telegram.WaitForMessagesAsync(Asha, 3, Wait);
        Assert.Contains("Ramesh owes ₹107", replies[2].PlainText);
        await Task.Delay(1000);
        Assert.Equal(3, telegram.SentTo(Asha).Count);
    }

    private static async Task<OtherProcessLock> LockAsync(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using (var write = connection.CreateCommand())
        {
            // A write, so the transaction surely holds the writer's lock (it is rolled back at the end).
            write.Transaction = transaction;
            write.CommandText = "CREATE TABLE other_process (x INTEGER); INSERT INTO other_process VALUES (1);";
            await write.ExecuteNonQueryAsync();
        }

        return new OtherProcessLock(connection, transaction);
    }

    /// <summary>Another process's open write transaction on the book: SQLite's write lock, held until released.</summary>
    private sealed class OtherProcessLock(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        public Task ReleaseAsync() => transaction.RollbackAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
