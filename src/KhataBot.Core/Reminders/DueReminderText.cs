using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;

namespace KhataBot.Core.Reminders;

/// <summary>
/// The one message a shop gets per reminder round: what is due today, what is overdue (longest late
/// first), what is due tomorrow. Lines say who, how much is still owed, how late, and the entry number
/// to act on. Read on a phone, so a long list is cut with a pointer to the full one.
/// </summary>
public static class DueReminderText
{
    public const int MaxLines = 40;

    public static Reply For(IReadOnlyCollection<DueReminder> dues, DateOnly today)
    {
        var text = new StringBuilder("🔔 Dues to collect");
        var shown = 0;
        Section(text, "Due today:", dues.Where(d => d.DaysLate(today) == 0).OrderBy(d => d.EntryNumber), today, ref shown);
        Section(text, "Overdue:", dues.Where(d => d.DaysLate(today) > 0).OrderByDescending(d => d.DaysLate(today)).ThenBy(d => d.EntryNumber), today, ref shown);
        Section(text, "Due tomorrow:", dues.Where(d => d.DaysLate(today) < 0).OrderBy(d => d.EntryNumber), today, ref shown);
        if (shown < dues.Count)
        {
            text.Append($"\n…and {dues.Count - shown} more. Type dues to see everyone who owes.");
        }

        text.Append("\nWhen someone pays: paid Ramesh 500");
        return new Reply(text.ToString());
    }

    /// <summary>"Ramesh: ₹500, 6 days late (#12)".</summary>
    public static string Line(DueReminder due, DateOnly today)
    {
        var late = due.DaysLate(today);
        var lateness = late > 0 ? $", {LedgerText.Plural(late, "day", "days")} late" : "";
        return $"• {due.Customer}: {IndianMoney.FormatPaise(due.LeftPaise)}{lateness} (#{due.EntryNumber})";
    }

    private static void Section(StringBuilder text, string title, IEnumerable<DueReminder> dues, DateOnly today, ref int shown)
    {
        var lines = dues.ToList();
        var room = MaxLines - shown;
        if (lines.Count == 0 || room <= 0)
        {
            return;
        }

        text.Append('\n').Append(title);
        foreach (var due in lines.Take(room))
        {
            text.Append('\n').Append(Line(due, today));
        }

        shown += Math.Min(room, lines.Count);
    }
}
