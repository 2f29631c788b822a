using KhataBot.Core.Ledger;
using KhataBot.Core.Reminders.OneOff;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class OneOffReminderConfiguration : IEntityTypeConfiguration<OneOffReminder>
{
    public void Configure(EntityTypeBuilder<OneOffReminder> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(32);
        // Hangfire's job ids are decimal row ids of its jobs file; 64 leaves room for another storage's.
        builder.Property(r => r.JobId).HasMaxLength(64);
        // What a running job looks its reminder up by.
        builder.HasIndex(r => r.Key).IsUnique();
        // "reminders" and "cancel reminder Ramesh" read a shop's (or a customer's) waiting reminders.
        builder.HasIndex(r => new { r.ShopId, r.CustomerId });
        builder.HasIndex(r => r.CustomerId);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.HasOne<Shop>().WithMany().HasForeignKey(r => r.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
