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
        // What a firing trigger looks its reminder up by.
        builder.HasIndex(r => r.Key).IsUnique();
        // "reminders" and "cancel reminder Ramesh" read a shop's (or a customer's) waiting reminders.
        builder.HasIndex(r => new { r.ShopId, r.CustomerId });
        builder.HasIndex(r => r.CustomerId);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.HasOne<Shop>().WithMany().HasForeignKey(r => r.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
