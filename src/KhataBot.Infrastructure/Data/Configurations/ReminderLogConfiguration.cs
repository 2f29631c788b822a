using KhataBot.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhataBot.Infrastructure.Data.Configurations;

internal sealed class ReminderLogConfiguration : IEntityTypeConfiguration<ReminderLogEntry>
{
    public void Configure(EntityTypeBuilder<ReminderLogEntry> builder)
    {
        builder.ToTable("ReminderLog");
        // The key that makes a reminder go out once. Day leads it because each reminder round reads only
        // the recent days back, and this way that read is a range of the key itself.
        builder.HasKey(r => new { r.Day, r.EntryId, r.Stage });
        builder.Property(r => r.Stage).HasConversion<int>();
        // No foreign key or further index: entries are never removed (only marked deleted), and a round can
        // write a row for every open due, so each index would be paid for on every one of them.
    }
}
