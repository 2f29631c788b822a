using KhataBot.Core.Abstractions;
using KhataBot.Core.Money;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Dues;

/// <summary>The dues a customer has not yet paid, and how a reply says them.</summary>
internal static class OpenDues
{
    public static async Task<List<Entry>> ForAsync(IKhataDb db, Customer customer, CancellationToken ct)
    {
        var dated = await db.Entries
            .Where(e => e.ShopId == customer.ShopId && e.CustomerId == customer.Id && e.Kind == EntryKind.Credit
                && e.DueDate != null && e.DeletedAt == null)
            .ToListAsync(ct);
        return dated.Where(e => DueStates.Of(e) != DueState.Paid).OrderBy(e => e.DueDate).ThenBy(e => e.Number).ToList();
    }

    /// <summary>"₹300 due 30 Jun (part paid, overdue 3 days)".</summary>
    public static string Line(Entry credit, DateOnly today)
    {
        var due = credit.DueDate!.Value;
        var notes = new List<string>();
        if (DueStates.Of(credit) == DueState.PartlyPaid)
        {
            notes.Add("part paid");
        }

        var late = today.DayNumber - due.DayNumber;
        if (late > 0)
        {
            notes.Add($"overdue {LedgerText.Plural(late, "day", "days")}");
        }
        else if (late == 0)
        {
            notes.Add("due today");
        }

        var text = $"{IndianMoney.FormatPaise(DueStates.LeftPaise(credit))} due {LedgerText.Day(due, today)}";
        return notes.Count == 0 ? text : $"{text} ({string.Join(", ", notes)})";
    }
}
