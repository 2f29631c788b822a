using KhataBot.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class EntryConfiguration : IEntityTypeConfiguration<Entry>
{
    public void Configure(EntityTypeBuilder<Entry> builder)
    {
        // A plain rowid key, not AUTOINCREMENT: entries are never deleted, so no id is ever reused anyway, and
        // AUTOINCREMENT writes SQLite's sequence table (one more page to flush) on every insert.
        builder.Property(e => e.Id).Metadata.SetValueGenerationStrategy(SqliteValueGenerationStrategy.None);
        builder.Property(e => e.Kind).HasConversion<int>();
        builder.Property(e => e.Category).HasMaxLength(40);
        builder.Property(e => e.Note).HasMaxLength(Entry.MaxNoteLength);
        builder.Property(e => e.EnteredBy).HasMaxLength(100);
        builder.Ignore(e => e.BalanceEffectPaise);

        builder.HasIndex(e => new { e.ShopId, e.Number }).IsUnique();
        // Reports aggregate a period in SQL; this index covers those sums so SQLite never reads the rows,
        // and with Category right after Kind, grouping by kind and category needs no sort.
        builder.HasIndex(e => new { e.ShopId, e.Date, e.Kind, e.Category, e.DeletedAt, e.AmountPaise, e.CustomerId })
            .HasDatabaseName("IX_Entries_Report");
        builder.HasIndex(e => new { e.CustomerId, e.Date });
        builder.HasIndex(e => new { e.ShopId, e.DueDate }).HasFilter("\"DueDate\" IS NOT NULL");

        builder.HasOne(e => e.Customer).WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Shops.Shop>().WithMany().HasForeignKey(e => e.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
