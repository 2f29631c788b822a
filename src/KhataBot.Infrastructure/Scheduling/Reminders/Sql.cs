using System.Data.Common;

namespace KhataBot.Infrastructure.Scheduling.Reminders;

/// <summary>Small helpers for the round's plain SQL commands.</summary>
internal static class Sql
{
    /// <summary>A "yyyy-MM-dd" column (how EF keeps a DateOnly) as DateOnly.DayNumber: days since 1 Jan of
    /// year 1, which is Julian day 1721425.5.</summary>
    public static string DayNumber(string column) => $"CAST(julianday({column}) - 1721425.5 AS INTEGER)";

    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
