using KhataBot.Core.Reminders;
using KhataBot.Core.Shops;
using KhataBot.Core.Shops.Upi;
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
        builder.Property(s => s.UpiId).HasMaxLength(UpiIds.MaxLength);
        // The defaults fill the columns of shops that existed before reminders; EF still writes every value
        // itself (ValueGeneratedNever), so a shop that turns reminders off is not read back as on.
        builder.Property(s => s.ReminderTime).HasDefaultValue(ReminderSchedule.DefaultTime).ValueGeneratedNever();
        builder.Property(s => s.RemindersOn).HasDefaultValue(true).ValueGeneratedNever();
        builder.Property(s => s.RemindEveryDays).HasDefaultValue(ReminderSchedule.DefaultEveryDays).ValueGeneratedNever();
    }
}
