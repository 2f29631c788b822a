using KhataBot.Core.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> builder)
    {
        builder.Property(b => b.Category).HasMaxLength(40);
        builder.HasIndex(b => new { b.ShopId, b.Category }).IsUnique();
        builder.HasOne<Core.Shops.Shop>().WithMany().HasForeignKey(b => b.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
