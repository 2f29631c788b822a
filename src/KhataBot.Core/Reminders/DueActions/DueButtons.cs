using System.Globalization;
using KhataBot.Core.Abstractions;

namespace KhataBot.Core.Reminders.DueActions;

/// <summary>
/// The row of buttons under a reminded due. Each runs a short command that can also be typed
/// ("paid #12", "remind #12", "snooze #12"); the outbox binds it to the shop, so a button can act only
/// on the book it came from. Three to a row, so each due gets its own row, named by its first button.
/// </summary>
public static class DueButtons
{
    public const int SnoozeDays = 3;

    public static IEnumerable<ReplyButton> For(DueReminder due) =>
    [
        new($"✅ Paid #{Number(due.EntryNumber)} {due.Customer}", PaidAction(due.EntryNumber)),
        new("📣 Remind customer", RemindAction(due.EntryNumber)),
        new($"💤 Snooze {SnoozeDays} days", SnoozeAction(due.EntryNumber)),
    ];

    public static string PaidAction(int entryNumber) => $"paid #{Number(entryNumber)}";

    public static string RemindAction(int entryNumber) => $"remind #{Number(entryNumber)}";

    public static string SnoozeAction(int entryNumber) => $"snooze #{Number(entryNumber)}";

    private static string Number(int entryNumber) => entryNumber.ToString(CultureInfo.InvariantCulture);
}
