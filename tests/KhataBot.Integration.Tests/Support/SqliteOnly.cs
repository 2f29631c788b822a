namespace KhataBot.Integration.Tests.Support;

/// <summary>A test about SQLite itself (its file, WAL, lock file, compiled statements, direct save): it has no
/// meaning on PostgreSQL, so the Postgres pass skips it, with the reason. Keep the list short
/// (docs/decisions/0018): a test of what the shopkeeper sees runs on both.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string why)
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "SQLite only: " + why;
        }
    }
}

/// <inheritdoc cref="SqliteOnlyFactAttribute"/>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string why)
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "SQLite only: " + why;
        }
    }
}

/// <summary>A test that needs the PostgreSQL server: skipped, saying so, on the SQLite pass.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = $"Postgres pass skipped: run with {TestDatabase.SelectVariable}=postgres and {TestDatabase.ServerVariable}=<Npgsql connection string> (bash .ci/run does)";
        }
    }
}

/// <summary>A test of SQLite and PostgreSQL books in one process: runs on both passes when a PostgreSQL server is
/// named (KHATA_TEST_PG), skipped, saying so, when none is.</summary>
public sealed class BothProvidersFactAttribute : FactAttribute
{
    public BothProvidersFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestDatabase.ServerVariable)))
        {
            Skip = $"Needs both providers: set {TestDatabase.ServerVariable}=<Npgsql connection string> (bash .ci/run does)";
        }
    }
}
