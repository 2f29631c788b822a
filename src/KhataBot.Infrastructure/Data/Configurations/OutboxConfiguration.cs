using KhataBot.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.LastError).HasMaxLength(400);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);
        // The sender reads what is still pending, oldest first.
        builder.HasIndex(m => new { m.Status, m.Id });
        builder.HasMany(m => m.Files).WithOne().HasForeignKey(f => f.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxFileConfiguration : IEntityTypeConfiguration<OutboxFile>
{
    public void Configure(EntityTypeBuilder<OutboxFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.MediaType).HasMaxLength(100);
        builder.HasIndex(f => f.OutboxMessageId);
    }
}

internal sealed class ProcessedDeliveryConfiguration : IEntityTypeConfiguration<ProcessedDelivery>
{
    public void Configure(EntityTypeBuilder<ProcessedDelivery> builder)
    {
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(64);
        // An edited message is looked up by its chat and message id.
        builder.HasIndex(d => new { d.ChatId, d.MessageId });
    }
}

internal sealed class InactiveChatConfiguration : IEntityTypeConfiguration<Telegram.InactiveChat>
{
    public void Configure(EntityTypeBuilder<Telegram.InactiveChat> builder)
    {
        builder.HasKey(c => c.ChatId);
        builder.Property(c => c.ChatId).ValueGeneratedNever();
        builder.Property(c => c.Reason).HasMaxLength(200);
    }
}

internal sealed class LiveInstanceConfiguration : IEntityTypeConfiguration<Instances.LiveInstance>
{
    public void Configure(EntityTypeBuilder<Instances.LiveInstance> builder)
    {
        builder.HasKey(i => i.Name);
        builder.Property(i => i.Name).HasMaxLength(100);
    }
}
