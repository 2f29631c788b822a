namespace KhataBot.Core.Shops;

/// <summary>One khata book. It belongs to one chat; nothing in it is visible from any other chat.</summary>
public sealed class Shop
{
    public const string DefaultTimeZone = "Asia/Kolkata";

    public long Id { get; set; }

    /// <summary>The chat that owns this book (a Telegram chat id, or the console chat's id).</summary>
    public long ChatId { get; set; }

    /// <summary>Who started the book (a Telegram user id); null until a transport with users writes to it.</summary>
    public long? OwnerUserId { get; set; }

    public const string UnnamedShop = "My shop";

    public string Name { get; set; } = UnnamedShop;

    public string TimeZone { get; set; } = DefaultTimeZone;

    public string Currency { get; set; } = "INR";

    /// <summary>The number given to the latest entry; entries are numbered #1, #2, ... per shop.</summary>
    public int LastEntryNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the day's due reminders go out, on the shop's own clock.</summary>
    public TimeOnly ReminderTime { get; set; } = Reminders.ReminderSchedule.DefaultTime;

    public bool RemindersOn { get; set; } = true;

    /// <summary>How often a long-overdue due is reminded again, once the first reminders (every 3 days) are past.</summary>
    public int RemindEveryDays { get; set; } = Reminders.ReminderSchedule.DefaultEveryDays;

    /// <summary>Where customers pay by UPI ("shop@okbank"), in lower case; their reminders carry a payment link to it.</summary>
    public string? UpiId { get; set; }
}
