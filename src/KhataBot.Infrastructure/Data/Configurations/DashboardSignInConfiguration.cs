using KhataBot.Core.Dashboard;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class DashboardSignInConfiguration : IEntityTypeConfiguration<DashboardSignIn>
{
    public void Configure(EntityTypeBuilder<DashboardSignIn> builder)
    {
        builder.Property(s => s.TokenHash).HasMaxLength(64);
        builder.Property(s => s.SenderName).HasMaxLength(100);
        // A sign-in looks its link up by the token's hash, and nothing else.
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasOne<Shop>().WithMany().HasForeignKey(s => s.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
