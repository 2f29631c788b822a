using KhataBot.Core.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class BudgetAlertConfiguration : IEntityTypeConfiguration<BudgetAlert>
{
    public void Configure(EntityTypeBuilder<BudgetAlert> builder)
    {
        builder.Property(a => a.Category).HasMaxLength(40);
        // Once per threshold per category per month, even if two messages cross it at the same time.
        builder.HasIndex(a => new { a.ShopId, a.Category, a.Month, a.Threshold }).IsUnique();
        builder.HasOne<Core.Shops.Shop>().WithMany().HasForeignKey(a => a.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
