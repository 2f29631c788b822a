using KhataBot.Core.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class ShopCategoryConfiguration : IEntityTypeConfiguration<ShopCategory>
{
    public void Configure(EntityTypeBuilder<ShopCategory> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(40);
        builder.HasIndex(c => new { c.ShopId, c.Name }).IsUnique();
        builder.HasOne<Core.Shops.Shop>().WithMany().HasForeignKey(c => c.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
