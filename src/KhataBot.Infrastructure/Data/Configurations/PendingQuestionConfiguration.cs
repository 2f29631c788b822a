using KhataBot.Core.Questions;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class PendingQuestionConfiguration : IEntityTypeConfiguration<PendingQuestion>
{
    public void Configure(EntityTypeBuilder<PendingQuestion> builder)
    {
        builder.Property(q => q.Token).HasMaxLength(16);
        // Every message of a book's chat looks its waiting question up; there is at most one.
        builder.HasIndex(q => new { q.ShopId, q.ChatId }).IsUnique();
        builder.HasOne<Shop>().WithMany().HasForeignKey(q => q.ShopId).OnDelete(DeleteBehavior.Restrict);
    }
}
