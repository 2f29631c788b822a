using System.Text;
using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Reminders.DueActions;

namespace KhataBot.Core.Reminders;

/// <summary>
/// The one message a shop gets per reminder round: what is due today, what is overdue (longest late
/// first), what is due tomorrow. Lines say who, how much is still owed, how late, and the entry number
/// to act on. Read on a phone, so a long list is cut with a pointer to the full one. The first dues
/// shown get a row of buttons each: [Paid] [Remind customer] [Snooze 3 days].
/// </summary>
public static class DueReminderText
{
    public const int MaxLines = 40;

    /// <summary>Dues that get buttons: three a row, and a keyboard much taller than a phone screen helps nobody.</summary>
    public const int MaxDuesWithButtons = 10;

    public static Reply For(IReadOnlyCollection<DueReminder> dues, DateOnly today)
    {
        var sections = new (string Title, List<DueReminder> Dues)[]
        {
            ("Due today:", [.. dues.Where(d => d.DaysLate(today) == 0).OrderBy(d => d.EntryNumber)]),
            ("Overdue:", [.. dues.Where(d => d.DaysLate(today) > 0).OrderByDescending(d => d.DaysLate(today)).ThenBy(d => d.EntryNumber)]),
            ("Due tomorrow:", [.. dues.Where(d => d.DaysLate(today) < 0).OrderBy(d => d.EntryNumber)]),
        };

        var text = new StringBuilder("🔔 Dues to collect");
        var shown = new List<DueReminder>();
        foreach (var (title, section) in sections)
        {
            var room = MaxLines - shown.Count;
            if (section.Count == 0 || room <= 0)
            {
                continue;
            }

            text.Append('\n').Append(title);
            foreach (var due in section.Take(room))
            {
                text.Append('\n').Append(Line(due, today));
                shown.Add(due);
            }
        }

        if (shown.Count < dues.Count)
        {
            text.Append($"\n…and {dues.Count - shown.Count} more. Type dues to see everyone who owes.");
        }

        text.Append("\nWhen someone pays: paid Ramesh 500");
        if (shown.Count > MaxDuesWithButtons)
        {
            text.Append($"\nButtons are for the first {MaxDuesWithButtons}; for the others type {DueButtons.PaidAction(shown[MaxDuesWithButtons].EntryNumber)}, "
                + $"{DueButtons.RemindAction(shown[MaxDuesWithButtons].EntryNumber)} or {DueButtons.SnoozeAction(shown[MaxDuesWithButtons].EntryNumber)}");
        }

        return new Reply(text.ToString()) { Buttons = [.. shown.Take(MaxDuesWithButtons).SelectMany(DueButtons.For)] };
    }

    /// <summary>"Ramesh: ₹500, 6 days late (#12)".</summary>
    public static string Line(DueReminder due, DateOnly today)
    {
        var late = due.DaysLate(today);
        var lateness = late > 0 ? $", {LedgerText.Plural(late, "day", "days")} late" : "";
        return $"• {due.Customer}: {IndianMoney.FormatPaise(due.LeftPaise)}{lateness} (#{due.EntryNumber})";
    }
}
