using KhataBot.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        // A plain rowid key, as for entries: audit records are never deleted either.
        builder.Property(a => a.Id).Metadata.SetValueGenerationStrategy(SqliteValueGenerationStrategy.None);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Summary).HasMaxLength(400);
        builder.Property(a => a.By).HasMaxLength(100);
        // "undo" looks for the latest change of a shop that is not undone.
        builder.HasIndex(a => new { a.ShopId, a.Id });
        // Staff may change only entries they added: that looks the entry's "added" record up by entry.
        // No index by customer: nothing looks records up that way, customers are never deleted (so the
        // foreign key is never checked from that side), and it would be one more page to write per change.
        builder.HasIndex(a => a.EntryId);
        builder.HasOne(a => a.Entry).WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Customer).WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Shops.Shop>().WithMany().HasForeignKey(a => a.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
