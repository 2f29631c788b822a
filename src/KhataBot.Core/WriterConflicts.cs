using System.Data.Common;

namespace KhataBot.Core;

/// <summary>
/// Failures that mean another writer on the same database got there first, not that the message is wrong:
/// with several instances on one PostgreSQL database, the same update delivered to two of them (its key in
/// ProcessedDeliveries is unique), two new entries numbered alike in one shop, or two transactions waiting on
/// each other. The engine runs the whole batch again; it then reads what the other committed (the update is
/// already handled, the number is taken) and does the right thing. SQLite has one writer, so never sees these.
/// </summary>
internal static class WriterConflicts
{
    /// <summary>unique_violation, serialization_failure, deadlock_detected.</summary>
    private static readonly HashSet<string> States = ["23505", "40001", "40P01"];

    public static bool Is(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbException { SqlState: { } state } && States.Contains(state))
            {
                return true;
            }
        }

        return false;
    }
}
