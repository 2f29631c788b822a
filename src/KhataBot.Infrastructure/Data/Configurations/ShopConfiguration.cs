using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class ShopConfiguration : IEntityTypeConfiguration<Shop>
{
    public void Configure(EntityTypeBuilder<Shop> builder)
    {
        builder.HasIndex(s => s.ChatId).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.Currency).HasMaxLength(3);
    }
}
