using KhataBot.Infrastructure.Data.CompiledSql;
using KhataBot.Integration.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KhataBot.Integration.Tests.Data.CompiledSql;

/// <summary>The shelf on a raw connection: one idle compiled command per SQL text, lent and given back.</summary>
public sealed class CompiledSqlShelfTests
{
    private const string NumbersFrom = "SELECT N FROM Numbers WHERE N >= $min ORDER BY N;";

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_returned_command_is_lent_again_for_the_same_sql_and_compiled_once()
    {
        await using var book = await ScratchBook.CreateAsync();
        using var connection = OpenWithNumbers(book, 1, 2, 3);
        var shelf = CompiledSqlShelf.For(connection)!;

        var first = shelf.Borrow(NumbersFrom);
        first.Parameters.AddWithValue("$min", 2);
        Assert.Equal([2L, 3L], Read(first));
        shelf.Return(first);

        var second = shelf.Borrow(NumbersFrom);
        second.Parameters.AddWithValue("$min", 3);
        Assert.Equal([3L], Read(second));
        shelf.Return(second);

        Assert.Same(first, second);
        Assert.Equal([(NumbersFrom, 2)], PreparedStatements.Containing(connection, "FROM Numbers"));
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task The_same_sql_borrowed_twice_at_once_gives_two_commands_that_both_run()
    {
        await using var book = await ScratchBook.CreateAsync();
        using var connection = OpenWithNumbers(book, 1, 2, 3);
        var shelf = CompiledSqlShelf.For(connection)!;

        // As a query inside a loop over another query's rows: the outer reader stays open meanwhile.
        var outer = shelf.Borrow(NumbersFrom);
        outer.Parameters.AddWithValue("$min", 1);
        var pairs = new List<string>();
        using (var reader = outer.ExecuteReader())
        {
            while (reader.Read())
            {
                var inner = shelf.Borrow(NumbersFrom);
                Assert.NotSame(outer, inner);
                inner.Parameters.AddWithValue("$min", reader.GetInt64(0) + 1);
                pairs.Add($"{reader.GetInt64(0)}: {string.Join(",", Read(inner))}");
                shelf.Return(inner);
            }
        }

        shelf.Return(outer);

        Assert.Equal(["1: 2,3", "2: 3", "3: "], pairs);
        // One command stays on the shelf for the text; the extra one was disposed, not kept.
        Assert.Single(PreparedStatements.Containing(connection, "FROM Numbers"));
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_command_comes_back_without_the_last_borrower_s_parameters()
    {
        await using var book = await ScratchBook.CreateAsync();
        using var connection = OpenWithNumbers(book, 1, 2, 3);
        var shelf = CompiledSqlShelf.For(connection)!;
        var command = shelf.Borrow(NumbersFrom);
        command.Parameters.AddWithValue("$min", 3);
        Assert.Equal([3L], Read(command));
        shelf.Return(command);

        var again = shelf.Borrow(NumbersFrom);

        // SQLite keeps a statement's last bindings; a borrower that forgot one must be told, not get $min = 3.
        Assert.Empty(again.Parameters);
        Assert.Null(again.Transaction);
        Assert.Throws<InvalidOperationException>(() => Read(again));
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task Closing_the_connection_empties_its_shelf()
    {
        await using var book = await ScratchBook.CreateAsync();
        using var connection = OpenWithNumbers(book, 1, 2, 3);
        var shelf = CompiledSqlShelf.For(connection)!;
        var before = shelf.Borrow(NumbersFrom);
        before.Parameters.AddWithValue("$min", 1);
        Assert.Equal([1L, 2L, 3L], Read(before));
        shelf.Return(before);

        connection.Close();
        Assert.Null(CompiledSqlShelf.For(connection));
        connection.Open();
        PreparedStatements.Track(connection);
        Insert(connection, 4);

        var reopened = CompiledSqlShelf.For(connection);
        Assert.NotNull(reopened);
        var after = reopened.Borrow(NumbersFrom);
        // Not the command of the closed connection: its statements died with it.
        Assert.NotSame(before, after);
        after.Parameters.AddWithValue("$min", 3);
        Assert.Equal([3L, 4L], Read(after));
        reopened.Return(after);
        Assert.Equal([(NumbersFrom, 1)], PreparedStatements.Containing(connection, "FROM Numbers"));
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_command_lent_before_the_connection_closed_is_not_shelved_again()
    {
        await using var book = await ScratchBook.CreateAsync();
        using var connection = OpenWithNumbers(book, 1, 2, 3);
        var lent = CompiledSqlShelf.For(connection)!.Borrow(NumbersFrom);

        // The close disposes the lent command and forgets it; kept on the shelf after the reopen, its next
        // statements would outlive the next close.
        connection.Close();
        connection.Open();
        PreparedStatements.Track(connection);
        var shelf = CompiledSqlShelf.For(connection)!;
        shelf.Return(lent);

        var fresh = shelf.Borrow(NumbersFrom);
        Assert.NotSame(lent, fresh);
        fresh.Parameters.AddWithValue("$min", 2);
        Assert.Equal([2L, 3L], Read(fresh));
        shelf.Return(fresh);
        Assert.Equal([(NumbersFrom, 1)], PreparedStatements.Containing(connection, "FROM Numbers"));
    }

    [SqliteOnlyFact("the compiled-SQL shelf and the direct save act on SQLite connections only (decision 0013)")]
    public async Task A_closed_connection_has_no_shelf()
    {
        await using var book = await ScratchBook.CreateAsync();
        using var connection = new SqliteConnection(book.ConnectionString);

        Assert.Null(CompiledSqlShelf.For(connection));
    }

    private static SqliteConnection OpenWithNumbers(ScratchBook book, params long[] numbers)
    {
        var connection = book.OpenConnection();
        PreparedStatements.Track(connection);
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE Numbers (N INTEGER NOT NULL);";
        create.ExecuteNonQuery();
        foreach (var n in numbers)
        {
            Insert(connection, n);
        }

        return connection;
    }

    private static void Insert(SqliteConnection connection, long n)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Numbers (N) VALUES ($n);";
        insert.Parameters.AddWithValue("$n", n);
        insert.ExecuteNonQuery();
    }

    private static List<long> Read(SqliteCommand command)
    {
        var numbers = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            numbers.Add(reader.GetInt64(0));
        }

        return numbers;
    }
}
