using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>
/// Small helpers for the round's plain SQL commands, which run on SQLite and on PostgreSQL. The SQL names
/// tables and columns in double quotes (both read them so; PostgreSQL needs them for EF's mixed-case names)
/// and parameters with @. What differs between the two is said here: how a list of ids is passed (a JSON
/// array read by json_each, or an array), and how a date becomes a day number.
/// </summary>
internal static class Sql
{
    public static bool IsPostgres(DbConnection connection) => connection is NpgsqlConnection;

    /// <summary>A date column as DateOnly.DayNumber: days since 1 Jan of year 1. SQLite keeps a DateOnly as
    /// "yyyy-MM-dd" (1 Jan of year 1 is Julian day 1721425.5); PostgreSQL as a date, which subtracts to days.</summary>
    public static string DayNumber(DbConnection connection, string column) =>
        IsPostgres(connection) ? $"({column} - DATE '0001-01-01')" : $"CAST(julianday({column}) - 1721425.5 AS INTEGER)";

    /// <summary>A moment column as milliseconds since 1970 (UTC).</summary>
    public static string UnixMilliseconds(DbConnection connection, string column) =>
        IsPostgres(connection)
            ? $"CAST(floor(EXTRACT(EPOCH FROM {column}) * 1000) AS bigint)"
            : $"CAST(unixepoch({column}, 'subsec') * 1000 AS INTEGER)";

    /// <summary>"column is one of @ids", with <see cref="AddIds"/> giving the ids.</summary>
    public static string InIds(DbConnection connection, string column) =>
        IsPostgres(connection) ? $"{column} = ANY(@ids)" : $"{column} IN (SELECT value FROM json_each(@ids))";

    public static void AddIds(DbCommand command, IEnumerable<long> ids)
    {
        var distinct = ids.Distinct().ToArray();
        Add(command, "@ids", IsPostgres(command.Connection!)
            ? distinct
            : "[" + string.Join(',', distinct.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]");
    }

    /// <summary>A moment as a parameter: timestamptz takes only UTC offsets, SQLite keeps the text EF writes.</summary>
    public static object Moment(DbConnection connection, DateTimeOffset value) =>
        IsPostgres(connection) ? value.ToUniversalTime() : value;

    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
