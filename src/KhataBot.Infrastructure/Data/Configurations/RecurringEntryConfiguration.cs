using KhataBot.Core.Ledger;
using KhataBot.Core.Recurring;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class RecurringEntryConfiguration : IEntityTypeConfiguration<RecurringEntry>
{
    public void Configure(EntityTypeBuilder<RecurringEntry> builder)
    {
        builder.Property(r => r.Category).HasMaxLength(40);
        builder.Property(r => r.Note).HasMaxLength(Entry.MaxNoteLength);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        // The scheduler's round reads the running ones whose day has come; "recurring" lists a shop's.
        builder.HasIndex(r => new { r.CancelledAt, r.NextOn });
        // Booking a day moves NextOn on; two instances booking the same day at once: only one may move it.
        builder.Property(r => r.NextOn).IsConcurrencyToken();
        builder.HasIndex(r => r.ShopId);
        builder.HasOne<Shop>().WithMany().HasForeignKey(r => r.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
