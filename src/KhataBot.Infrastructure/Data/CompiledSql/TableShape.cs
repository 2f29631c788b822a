using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhataBot.Infrastructure.Data.CompiledSql;

/// <summary>
/// What <see cref="DirectSave"/> needs to know about an entity type, worked out once per type: whether its
/// rows are plain table rows it can write itself, their columns in model order, the key, and the foreign
/// keys that decide which pending row must be written first.
/// </summary>
internal sealed class TableShape
{
    /// <summary>Updates name their changed columns in a 64-bit mask: a type with more is left to SaveChanges.
    /// Also how many parameter names a <see cref="WritePlan"/> has made.</summary>
    public const int MaxColumns = 64;

    private TableShape(bool isPlain, IEntityType type)
    {
        IsPlain = isPlain;
        Properties = [.. type.GetProperties()];
        ForeignKeys = [.. type.GetForeignKeys()];
        if (isPlain)
        {
            Table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            Key = type.FindPrimaryKey()!.Properties[0];
        }
    }

    /// <summary>One table, no inheritance, no owned parts, no concurrency tokens, a single-column key, and
    /// no value the database makes besides that key.</summary>
    public bool IsPlain { get; }

    public IProperty[] Properties { get; }

    public IForeignKey[] ForeignKeys { get; }

    /// <summary>Set for a plain table only.</summary>
    public StoreObjectIdentifier Table { get; }

    /// <summary>Set for a plain table only.</summary>
    public IProperty Key { get; } = null!;

    public static TableShape Of(IEntityType type) => new(IsPlainTable(type), type);

    private static bool IsPlainTable(IEntityType type) =>
        type.GetTableName() is not null && type.BaseType is null && !type.GetDerivedTypes().Any() && !type.IsOwned()
        && !type.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) && !type.GetComplexProperties().Any()
        && type.FindPrimaryKey() is { Properties: [var key] }
        && type.GetProperties().Count() <= MaxColumns
        && type.GetProperties().All(p => !p.IsConcurrencyToken && (p == key || p.ValueGenerated == ValueGenerated.Never));
}
