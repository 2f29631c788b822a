using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core;

/// <summary>
/// Another writer got there first: a unique key another transaction just committed (the next entry number of
/// a shop, a customer's name, an update's delivery key), a row it changed meanwhile (a concurrency token), or
/// the database's own serialization failure or deadlock. On PostgreSQL several instances write at once and
/// the keys, not one writer, keep the book right; the loser's work is run again from what is committed now,
/// where it then finds the winner's row. On SQLite one writer runs everything, and none of this arises.
/// </summary>
public sealed class WriteConflictException(Exception conflict) : Exception("Another writer changed the same rows first.", conflict)
{
    /// <summary>unique_violation, serialization_failure, deadlock_detected (SQLSTATE; Npgsql reports them,
    /// Microsoft.Data.Sqlite gives no SQLSTATE).</summary>
    private static readonly string[] States = ["23505", "40001", "40P01"];

    public static bool Is(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is WriteConflictException or DbUpdateConcurrencyException || (e is DbException { SqlState: { } state } && States.Contains(state)))
            {
                return true;
            }
        }

        return false;
    }
}
