using System.Data.Common;
using KhataBot.Core.Parsing;
using KhataBot.Core.Reports;
using KhataBot.Integration.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Integration.Tests.Reports;

/// <summary>The report must stay fast on a large book: its entry sums must be answered from the covering
/// index IX_Entries_Report alone. SQLite says how it will run a query with EXPLAIN QUERY PLAN.</summary>
public sealed class QueryPlanTests
{
    [SqliteOnlyFact("SQLite's EXPLAIN QUERY PLAN and its covering index; PostgreSQL plans by its statistics")]
    public async Task Totals_per_kind_stream_through_the_covering_index_without_a_sort()
    {
        await using var book = await TestBook.CreateAsync();

        var plan = await book.QueryAsync(db => PlanAsync(db, PeriodTotals.KindQuery(db, 1, DateRange.Month(2026, 11))));

        Assert.Equal(["SEARCH e USING COVERING INDEX IX_Entries_Report (ShopId=? AND Date>? AND Date<?)"], plan);
    }

    [SqliteOnlyFact("SQLite's EXPLAIN QUERY PLAN and its covering index; PostgreSQL plans by its statistics")]
    public async Task Sums_per_category_read_only_the_covering_index()
    {
        await using var book = await TestBook.CreateAsync();

        var plan = await book.QueryAsync(db => PlanAsync(db, PeriodTotals.CategoryQuery(db, 1, DateRange.Month(2026, 11))));

        Assert.Contains("SEARCH e USING COVERING INDEX IX_Entries_Report (ShopId=? AND Date>? AND Date<?)", plan);
        AssertEntriesOnlyFromTheReportIndex(plan);
    }

    [SqliteOnlyTheory("SQLite's EXPLAIN QUERY PLAN and its covering index; PostgreSQL plans by its statistics")]
    [InlineData(false, "SEARCH e USING COVERING INDEX IX_Entries_Report (ShopId=? AND Date>?)")]
    [InlineData(true, "SEARCH e USING COVERING INDEX IX_Entries_Report (ShopId=? AND Date<?)")]
    public async Task Balances_at_the_end_read_entries_only_from_the_covering_index(bool fromStart, string search)
    {
        await using var book = await TestBook.CreateAsync();

        var plan = await book.QueryAsync(db => PlanAsync(db, OwedAtEnd.PerCustomer(db, 1, new DateOnly(2026, 11, 30), fromStart)));

        Assert.Contains(search, plan);
        AssertEntriesOnlyFromTheReportIndex(plan);
    }

    /// <summary>EF names the Entries table "e" in these queries; any other way of reading it (a table scan,
    /// another index) would touch every row.</summary>
    private static void AssertEntriesOnlyFromTheReportIndex(List<string> plan) =>
        Assert.All(plan.Where(step => step.StartsWith("SCAN e ", StringComparison.Ordinal) || step.StartsWith("SEARCH e ", StringComparison.Ordinal)),
            step => Assert.Contains("USING COVERING INDEX IX_Entries_Report", step));

    private static async Task<List<string>> PlanAsync(DbContext db, IQueryable query)
    {
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return steps;
    }
}
