using KhataBot.Core.Abstractions;
using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;

namespace KhataBot.Integration.Tests.Data;

/// <summary>One process with a book on SQLite and one on PostgreSQL (a test run that uses both, the
/// benchmarks): each answers as if it were alone, whichever was written first.</summary>
public sealed class BooksOnBothProvidersTests
{
    [BothProvidersFact]
    public async Task A_sqlite_book_and_a_postgres_book_in_one_process_both_book_the_same_messages()
    {
        await using var sqlite = await TestBook.CreateAsync(provider: DatabaseProvider.Sqlite);
        await using var postgres = await TestBook.CreateAsync(provider: DatabaseProvider.Postgres);

        // Turn about, so each provider follows the other; with the sender's id the staff-aware lookup runs too.
        var last = new Dictionary<TestBook, Reply>();
        foreach (var book in new[] { sqlite, postgres, sqlite, postgres })
        {
            Assert.Equal(MessageOutcome.Applied, (await book.SendForReplyAsync("add Ramesh 500 groceries")).Outcome);
            last[book] = await book.Engine.HandleAsync(new IncomingMessage(TestBook.ChatId, "Owner", "paid Ramesh 200") { SenderId = 7 }, CancellationToken.None);
            Assert.Equal(MessageOutcome.Applied, last[book].Outcome);
        }

        Assert.Equal("#4 Ramesh paid ₹200. Ramesh owes ₹600.", last[sqlite].Text);
        Assert.Equal("#4 Ramesh paid ₹200. Ramesh owes ₹600.", last[postgres].Text);
    }
}
