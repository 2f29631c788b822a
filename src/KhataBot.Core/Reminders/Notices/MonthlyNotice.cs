namespace KhataBot.Core.Reminders.Notices;

/// <summary>
/// A notice the daily round has dealt with: a budget pace warning (per category) or a month's summary.
/// Its key (shop, month, kind, category) is unique, so each goes out once however often the round runs.
/// </summary>
public sealed class MonthlyNotice
{
    public long Id { get; set; }

    public long ShopId { get; set; }

    /// <summary>The first day of the month it is about, on the shop's calendar.</summary>
    public DateOnly Month { get; set; }

    public NoticeKind Kind { get; set; }

    /// <summary>The budget's category for a pace warning; empty for a summary.</summary>
    public string Category { get; set; } = "";

    public DateTimeOffset At { get; set; }
}

public enum NoticeKind
{
    BudgetPace = 1,

    /// <summary>Logged for every shop once its month is dealt with, with a message only when it had any activity.</summary>
    MonthSummary = 2,
}
