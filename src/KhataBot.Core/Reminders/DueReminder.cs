namespace KhataBot.Core.Reminders;

/// <summary>One open due the shopkeeper is reminded of: what is still owed on entry #<paramref name="EntryNumber"/>.</summary>
public sealed record DueReminder(int EntryNumber, string Customer, long LeftPaise, DateOnly DueDate)
{
    /// <summary>Negative before the due date (-1: due tomorrow), 0 on it.</summary>
    public int DaysLate(DateOnly today) => today.DayNumber - DueDate.DayNumber;
}
