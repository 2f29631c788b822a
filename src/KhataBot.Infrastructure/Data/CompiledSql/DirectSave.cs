using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KhataBot.Infrastructure.Data.CompiledSql;

/// <summary>
/// Saves what a message usually changes (a few rows added or updated) with one compiled INSERT or UPDATE
/// per row, instead of EF's general update pipeline, which sorts, batches and writes the SQL afresh on
/// every save and cost the writer more than everything SQLite did for the message. The SQL comes from
/// EF's own model and every value goes through EF's own type mapping, so the rows are exactly the ones
/// SaveChanges would write. Anything it does not handle (a deletion, a row without a plain table, values
/// the database makes) is left to SaveChanges: it then writes nothing itself.
/// Only inside a transaction whose owner takes all of it back when a save fails, as the engine does
/// (auto-savepoints off): a failed direct save leaves what it wrote before the failure, and generated keys
/// on the tracked rows, for that rollback to clear. With auto-savepoints on, EF's save runs, which goes
/// back to its own savepoint instead.
/// </summary>
internal static class DirectSave
{
    /// <summary>Plans per entity type and shape (insert with or without a key made by the database; update
    /// of which columns): the same few shapes recur on every message.</summary>
    private static readonly ConcurrentDictionary<(IEntityType Type, bool Insert, ulong Columns), WritePlan> Plans = new();

    private static readonly ConcurrentDictionary<IEntityType, TableShape> Shapes = new();

    /// <summary>Writes the context's pending changes and accepts them; null when the changes are not of
    /// the kind it handles, and nothing was written.</summary>
    public static async Task<int?> TrySaveAsync(DbContext db, CompiledSqlShelf? shelf, CancellationToken ct)
    {
        if (shelf is null || db.Database.AutoSavepointsEnabled || db.Database.CurrentTransaction?.GetDbTransaction() is not SqliteTransaction transaction)
        {
            return null;
        }

        // Changes are detected once, here: listing the entries would otherwise detect them all again.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetect)
        {
            db.ChangeTracker.DetectChanges();
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var pending = new List<EntityEntry>();
            foreach (var entry in db.ChangeTracker.Entries())
            {
                switch (entry.State)
                {
                    case EntityState.Added or EntityState.Modified when ShapeOf(entry.Metadata).IsPlain:
                        pending.Add(entry);
                        break;
                    case EntityState.Unchanged or EntityState.Detached:
                        break;
                    default:
                        return null;
                }
            }

            // Principals first: a new row's generated key must be known before a row that points at it is written.
            var written = 0;
            while (pending.Count > 0)
            {
                var next = NextReady(pending);
                if (next < 0)
                {
                    throw new InvalidOperationException("The pending rows point at each other in a cycle.");
                }

                var entry = pending[next];
                pending.RemoveAt(next);
                await WriteAsync(entry, shelf, transaction, ct);
                written++;
            }

            db.ChangeTracker.AcceptAllChanges();
            return written;
        }
        catch (DbException ex)
        {
            // As SaveChanges reports it, so callers need to know one kind of failure.
            throw new DbUpdateException("A direct save failed; the transaction must be rolled back.", ex);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private static TableShape ShapeOf(IEntityType type) => Shapes.GetOrAdd(type, TableShape.Of);

    /// <summary>The first pending row that waits for no other, or -1.</summary>
    private static int NextReady(List<EntityEntry> pending)
    {
        for (var i = 0; i < pending.Count; i++)
        {
            if (!WaitsForAnother(pending[i], pending))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a row points at a new row not written yet: a temporary foreign key (the new row's key
    /// comes back from its insert), or the key of another pending new row.</summary>
    private static bool WaitsForAnother(EntityEntry entry, List<EntityEntry> pending)
    {
        foreach (var foreignKey in ShapeOf(entry.Metadata).ForeignKeys)
        {
            foreach (var property in foreignKey.Properties)
            {
                if (entry.Property(property).IsTemporary)
                {
                    return true;
                }
            }

            foreach (var other in pending)
            {
                if (other != entry && other.State == EntityState.Added && foreignKey.PrincipalEntityType.IsAssignableFrom(other.Metadata) && PointsAt(entry, foreignKey, other))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool PointsAt(EntityEntry dependent, IForeignKey foreignKey, EntityEntry principal)
    {
        for (var i = 0; i < foreignKey.Properties.Count; i++)
        {
            if (!Equals(dependent.Property(foreignKey.Properties[i]).CurrentValue, principal.Property(foreignKey.PrincipalKey.Properties[i]).CurrentValue))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task WriteAsync(EntityEntry entry, CompiledSqlShelf shelf, SqliteTransaction transaction, CancellationToken ct)
    {
        var type = entry.Metadata;
        var shape = ShapeOf(type);
        var keyEntry = entry.Property(shape.Key);
        var insert = entry.State == EntityState.Added;
        var columnsMask = insert ? (keyEntry.IsTemporary ? 1UL : 0UL) : ChangedColumns(entry, shape);
        if (!insert && columnsMask == 0)
        {
            return;
        }

        var plan = Plans.GetOrAdd((type, insert, columnsMask), static (k, shape) => k.Insert ? WritePlan.Insert(shape, k.Columns == 1) : WritePlan.Update(shape, k.Columns), shape);
        var command = shelf.Borrow(plan.Sql);
        try
        {
            command.Transaction = transaction;
            var columns = plan.Columns;
            for (var i = 0; i < columns.Length; i++)
            {
                AddParameter(command, WritePlan.ParameterNames[i], columns[i], entry.Property(columns[i]).CurrentValue);
            }

            if (!insert)
            {
                AddParameter(command, "@key", shape.Key, keyEntry.OriginalValue);
            }

            if (plan.ReturnsKey)
            {
                var id = await command.ExecuteScalarAsync(ct) ?? throw new InvalidOperationException($"No key came back for the new {type.DisplayName()}.");
                var converter = shape.Key.GetTypeMapping().Converter;
                // Setting the real key also fixes up the rows that point at this one (their foreign keys).
                keyEntry.CurrentValue = converter is null ? Convert.ChangeType(id, shape.Key.ClrType) : converter.ConvertFromProvider(id);
                keyEntry.IsTemporary = false;
            }
            else if (await command.ExecuteNonQueryAsync(ct) != 1)
            {
                throw new DbUpdateConcurrencyException($"The {type.DisplayName()} to save was not found in the database.");
            }
        }
        finally
        {
            shelf.Return(command);
        }
    }

    /// <summary>Bit i set when the i-th of the shape's properties changed.</summary>
    private static ulong ChangedColumns(EntityEntry entry, TableShape shape)
    {
        var changed = 0UL;
        for (var i = 0; i < shape.Properties.Length; i++)
        {
            if (entry.Property(shape.Properties[i]).IsModified)
            {
                changed |= 1UL << i;
            }
        }

        return changed;
    }

    private static void AddParameter(DbCommand command, string name, IProperty property, object? value) =>
        command.Parameters.Add(((RelationalTypeMapping)property.GetTypeMapping()).CreateParameter(command, name, value, property.IsNullable));
}
