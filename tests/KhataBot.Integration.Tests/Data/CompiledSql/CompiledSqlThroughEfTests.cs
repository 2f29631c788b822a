using KhataBot.Core.Shops;
using KhataBot.Infrastructure.Data;
using KhataBot.Integration.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>EF queries on a context whose connection is kept open, as the engine's writer runs them.</summary>
public sealed class CompiledSqlThroughEfTests
{
    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_query_run_twice_is_compiled_once_and_sees_data_changed_in_between()
    {
        await using var book = await ScratchBook.CreateAsync();
        await AddShopsAsync(book, (1, "Sharma Stores"));
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await using var open = await db.KeepConnectionOpenAsync(CancellationToken.None);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        PreparedStatements.Track(connection);

        var before = await NameOfChatAsync(db, 1);
        using (var other = book.OpenConnection())
        {
            using var rename = other.CreateCommand();
            rename.CommandText = "UPDATE Shops SET Name = 'Sharma & Sons' WHERE ChatId = 1;";
            rename.ExecuteNonQuery();
        }

        var after = await NameOfChatAsync(db, 1);

        Assert.Equal("Sharma Stores", before);
        Assert.Equal("Sharma & Sons", after);
        // Without the shelf EF's command (and SQLite's statement with it) is thrown away after each run.
        var (_, runs) = Assert.Single(PreparedStatements.Containing(connection, "FROM \"Shops\""));
        Assert.Equal(2, runs);
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task Each_run_binds_its_own_parameter_values()
    {
        await using var book = await ScratchBook.CreateAsync();
        await AddShopsAsync(book, (1, "Sharma Stores"), (2, "Gupta General"), (3, "दिनेश किराना"));
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await using var open = await db.KeepConnectionOpenAsync(CancellationToken.None);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        PreparedStatements.Track(connection);

        var names = new List<string?>();
        foreach (var chatId in new long[] { 2, 1, 3, 99, 2 })
        {
            names.Add(await NameOfChatAsync(db, chatId));
        }

        Assert.Equal(["Gupta General", "Sharma Stores", "दिनेश किराना", null, "Gupta General"], names);
        Assert.Equal(5, Assert.Single(PreparedStatements.Containing(connection, "FROM \"Shops\"")).Runs);
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task The_same_query_inside_a_loop_over_its_own_results_gets_a_command_of_its_own()
    {
        await using var book = await ScratchBook.CreateAsync();
        await AddShopsAsync(book, (1, "A"), (2, "B"), (3, "C"));
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await using var open = await db.KeepConnectionOpenAsync(CancellationToken.None);

        var seen = new List<string>();
        await foreach (var outer in ChatsFrom(db, 1).AsAsyncEnumerable())
        {
            // The outer reader is still open on its command while the same SQL runs again.
            var later = await ChatsFrom(db, outer + 1).ToListAsync();
            seen.Add($"{outer}: {string.Join(",", later)}");
        }

        Assert.Equal(["1: 2,3", "2: 3", "3: "], seen);
        // And a run after the loop still gets correct rows from the command left on the shelf.
        Assert.Equal([2L, 3L], await ChatsFrom(db, 2).ToListAsync());
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_context_that_closed_its_kept_connection_queries_as_before()
    {
        await using var book = await ScratchBook.CreateAsync();
        await AddShopsAsync(book, (1, "Sharma Stores"));
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        await using (await db.KeepConnectionOpenAsync(CancellationToken.None))
        {
            Assert.Equal("Sharma Stores", await NameOfChatAsync(db, 1));
        }

        Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
        Assert.Equal("Sharma Stores", await NameOfChatAsync(db, 1));
        await using (await db.KeepConnectionOpenAsync(CancellationToken.None))
        {
            Assert.Equal("Sharma Stores", await NameOfChatAsync(db, 1));
        }
    }

    private static Task<string?> NameOfChatAsync(KhataDbContext db, long chatId) =>
        db.Shops.AsNoTracking().Where(s => s.ChatId == chatId).Select(s => s.Name).SingleOrDefaultAsync();

    private static IQueryable<long> ChatsFrom(KhataDbContext db, long min) =>
        db.Shops.AsNoTracking().Where(s => s.ChatId >= min).OrderBy(s => s.ChatId).Select(s => s.ChatId);

    private static async Task AddShopsAsync(ScratchBook book, params (long ChatId, string Name)[] shops)
    {
        await using var scope = book.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<KhataDbContext>();
        db.Shops.AddRange(shops.Select(s => new Shop { ChatId = s.ChatId, Name = s.Name }));
        await db.SaveChangesAsync();
    }
}
