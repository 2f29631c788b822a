using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
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
    /// <summary>SQL per entity type and set of columns: the same few shapes recur on every message.</summary>
    private static readonly ConcurrentDictionary<(IEntityType Type, bool Insert, string Columns), string> Sql = new();

    /// <summary>Writes the context's pending changes and accepts them; null when the changes are not of
    /// the kind it handles, and nothing was written.</summary>
    public static async Task<int?> TrySaveAsync(DbContext db, CompiledSqlShelf? shelf, CancellationToken ct)
    {
        if (shelf is null || db.Database.AutoSavepointsEnabled || db.Database.CurrentTransaction?.GetDbTransaction() is not SqliteTransaction transaction)
        {
            return null;
        }

        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var pending = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added or EntityState.Modified when Handles(entry):
                    pending.Add(entry);
                    break;
                case EntityState.Unchanged or EntityState.Detached:
                    break;
                default:
                    return null;
            }
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Principals first: a new row's generated key must be known before a row that points at it is written.
            var written = 0;
            while (pending.Count > 0)
            {
                var next = pending.FirstOrDefault(e => !WaitsForAnother(e, pending)) ?? throw new InvalidOperationException("The pending rows point at each other in a cycle.");
                pending.Remove(next);
                await WriteAsync(next, shelf, transaction, ct);
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

    /// <summary>A plain table row: one table, no inheritance, no owned parts, no concurrency tokens, a
    /// single-column key, and no value the database makes besides that key. Decided once per type.</summary>
    private static bool Handles(EntityEntry entry) => PlainTables.GetOrAdd(entry.Metadata, IsPlainTable);

    private static readonly ConcurrentDictionary<IEntityType, bool> PlainTables = new();

    private static bool IsPlainTable(IEntityType type) =>
        type.GetTableName() is not null && type.BaseType is null && !type.GetDerivedTypes().Any() && !type.IsOwned()
        && !type.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) && !type.GetComplexProperties().Any()
        && type.FindPrimaryKey() is { Properties: [var key] }
        && type.GetProperties().All(p => !p.IsConcurrencyToken && (p == key || p.ValueGenerated == ValueGenerated.Never));

    /// <summary>Whether a row points at a new row not written yet: a temporary foreign key (the new row's key
    /// comes back from its insert), or the key of another pending new row.</summary>
    private static bool WaitsForAnother(EntityEntry entry, List<EntityEntry> pending) =>
        entry.Metadata.GetForeignKeys().Any(fk =>
            fk.Properties.Any(p => entry.Property(p).IsTemporary)
            || pending.Any(other => other != entry && other.State == EntityState.Added && fk.PrincipalEntityType.IsAssignableFrom(other.Metadata)
                && fk.Properties.Select(p => entry.Property(p).CurrentValue).SequenceEqual(fk.PrincipalKey.Properties.Select(p => other.Property(p).CurrentValue))));

    private static async Task WriteAsync(EntityEntry entry, CompiledSqlShelf shelf, SqliteTransaction transaction, CancellationToken ct)
    {
        var type = entry.Metadata;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties[0];
        var insert = entry.State == EntityState.Added;
        var generatedKey = insert && entry.Property(key).IsTemporary;
        var columns = insert
            ? type.GetProperties().Where(p => !(generatedKey && p == key)).ToList()
            : type.GetProperties().Where(p => entry.Property(p).IsModified).ToList();
        if (columns.Count == 0 && !insert)
        {
            return;
        }

        var text = Sql.GetOrAdd((type, insert, string.Join(',', columns.Select(p => p.Name))), _ => insert
            ? InsertSql(table, columns, generatedKey ? key : null)
            : UpdateSql(table, columns, key));
        var command = shelf.Borrow(text);
        try
        {
            command.Transaction = transaction;
            for (var i = 0; i < columns.Count; i++)
            {
                AddParameter(command, $"@p{i}", columns[i], entry.Property(columns[i]).CurrentValue);
            }

            if (!insert)
            {
                AddParameter(command, "@key", key, entry.Property(key).OriginalValue);
            }

            if (generatedKey)
            {
                var id = await command.ExecuteScalarAsync(ct) ?? throw new InvalidOperationException($"No key came back for the new {type.DisplayName()}.");
                var converter = key.GetTypeMapping().Converter;
                // Setting the real key also fixes up the rows that point at this one (their foreign keys).
                var keyProperty = entry.Property(key);
                keyProperty.CurrentValue = converter is null ? Convert.ChangeType(id, key.ClrType) : converter.ConvertFromProvider(id);
                keyProperty.IsTemporary = false;
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

    private static void AddParameter(DbCommand command, string name, IProperty property, object? value) =>
        command.Parameters.Add(((RelationalTypeMapping)property.GetTypeMapping()).CreateParameter(command, name, value, property.IsNullable));

    private static string InsertSql(StoreObjectIdentifier table, List<IProperty> columns, IProperty? returning)
    {
        var sql = new StringBuilder($"INSERT INTO {Quoted(table.Name)} (");
        sql.AppendJoin(", ", columns.Select(p => Quoted(p.GetColumnName(table)!)));
        sql.Append(") VALUES (").AppendJoin(", ", columns.Select((_, i) => $"@p{i}")).Append(')');
        if (returning is not null)
        {
            sql.Append(" RETURNING ").Append(Quoted(returning.GetColumnName(table)!));
        }

        return sql.Append(';').ToString();
    }

    private static string UpdateSql(StoreObjectIdentifier table, List<IProperty> columns, IProperty key) =>
        $"UPDATE {Quoted(table.Name)} SET {string.Join(", ", columns.Select((p, i) => $"{Quoted(p.GetColumnName(table)!)} = @p{i}"))} " +
        $"WHERE {Quoted(key.GetColumnName(table)!)} = @key;";

    private static string Quoted(string name) => $"\"{name.Replace("\"", "\"\"")}\"";
}
