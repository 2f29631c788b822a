using KhataBot.Core.CustomerLinks;
using KhataBot.Core.Ledger;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class CustomerLinkConfiguration : IEntityTypeConfiguration<CustomerLink>
{
    public void Configure(EntityTypeBuilder<CustomerLink> builder)
    {
        builder.Property(l => l.Token).HasMaxLength(64);
        builder.HasIndex(l => l.Token).IsUnique();
        // A chat with no shop of its own asks whether it is a customer's; the round asks which chats a customer has.
        builder.HasIndex(l => l.ChatId).HasFilter("\"ChatId\" IS NOT NULL");
        builder.HasIndex(l => l.CustomerId);
        builder.HasIndex(l => l.ShopId);
        builder.HasOne<Shop>().WithMany().HasForeignKey(l => l.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(l => l.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
