using KhataBot.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Customer.MaxNameLength);
        builder.Property(c => c.NameKey).HasMaxLength(Customer.MaxNameLength);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Address).HasMaxLength(200);
        // Removed (undone) customers keep their row, so the name stays unique across them too:
        // re-adding the name brings the old record back.
        builder.HasIndex(c => new { c.ShopId, c.NameKey }).IsUnique();
        builder.HasOne<Core.Shops.Shop>().WithMany().HasForeignKey(c => c.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
