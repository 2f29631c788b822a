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
        // The dashboard's open dues (Dashboard/Queries/OpenDueRows: dated credits not deleted and not fully
        // paid), covered so SQLite reads no rows: by date for the overview's overdue and due-this-week sums,
        // by customer for each customer's oldest due. Only open dues are in them, a small part of the book;
        // the filter must stay term for term what OpenDueRows asks, or SQLite will not use them.
        const string openDue = "\"DueDate\" IS NOT NULL AND \"Kind\" = 1 AND \"DeletedAt\" IS NULL AND \"DuePaidPaise\" < \"AmountPaise\"";
        builder.HasIndex(e => new { e.ShopId, e.DueDate, e.AmountPaise, e.DuePaidPaise }, "IX_Entries_OpenDues_ByDate").HasFilter(openDue);
        builder.HasIndex(e => new { e.ShopId, e.CustomerId, e.DueDate }, "IX_Entries_OpenDues_ByCustomer").HasFilter(openDue);

        builder.HasOne(e => e.Customer).WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Shops.Shop>().WithMany().HasForeignKey(e => e.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
