using KhataBot.Core.Reminders.Notices;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class MonthlyNoticeConfiguration : IEntityTypeConfiguration<MonthlyNotice>
{
    public void Configure(EntityTypeBuilder<MonthlyNotice> builder)
    {
        builder.Property(n => n.Category).HasMaxLength(40);
        builder.Property(n => n.Kind).HasConversion<int>();
        // Once per shop, month, kind and category, even if two rounds run at the same time.
        builder.HasIndex(n => new { n.ShopId, n.Month, n.Kind, n.Category }).IsUnique();
        builder.HasOne<Shop>().WithMany().HasForeignKey(n => n.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
