using System.Globalization;
using KhataBot.Core.Money;

namespace KhataBot.Core.Ledger;

/// <summary>How the ledger says things, in one place so every reply, summary and undo reads the same way.</summary>
internal static class LedgerText
{
    /// <summary>"30 Jun"; the year only when it is not this year, to keep lines short on a phone.</summary>
    public static string Day(DateOnly date, DateOnly today) =>
        date.ToString(date.Year == today.Year ? "d MMM" : "d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Ramesh owes ₹1,250." / "Ramesh is all clear." / "Ramesh has ₹300 advance."</summary>
    public static string BalanceSentence(Customer customer) => customer.BalancePaise switch
    {
        > 0 => $"{customer.Name} owes {IndianMoney.FormatPaise(customer.BalancePaise)}.",
        0 => $"{customer.Name} is all clear.",
        _ => $"{customer.Name} has {IndianMoney.FormatPaise(-customer.BalancePaise)} advance.",
    };

    /// <summary>A running balance: an advance reads as such rather than as a minus sign after the ₹.</summary>
    public static string Balance(long paise) =>
        paise < 0 ? $"{IndianMoney.FormatPaise(-paise)} advance" : IndianMoney.FormatPaise(paise);

    /// <summary>
    /// One entry as people read it, and as its audit summary: "#12 Ramesh +₹500 groceries",
    /// "#13 Ramesh paid ₹200", "#14 Spent ₹300 on food (tea)", "#15 Income ₹1,000 from rent",
    /// "#16 Ramesh +₹99 rice, on 20 Nov" (not today).
    /// </summary>
    public static string EntryLine(Entry entry, string? customerName, DateOnly today)
    {
        var amount = IndianMoney.FormatPaise(entry.AmountPaise);
        var line = entry.Kind switch
        {
            EntryKind.Credit => $"#{entry.Number} {customerName} +{amount}{Plain(entry.Note)}",
            EntryKind.Payment => $"#{entry.Number} {customerName} paid {amount}{InBrackets(entry.Note)}",
            EntryKind.Expense => $"#{entry.Number} Spent {amount} on {entry.Category}{InBrackets(NoteBesides(entry))}",
            _ => $"#{entry.Number} Income {amount} from {entry.Category}{InBrackets(NoteBesides(entry))}",
        };
        // A back-dated entry says its day, so "kal" or "yesterday" read the way the shopkeeper meant is visible.
        var dated = entry.Date == today ? line : $"{line}, on {Day(entry.Date, today)}";
        return entry.DueDate is { } due ? $"{dated}, due {Day(due, today)}" : dated;
    }

    /// <summary>The entry line plus, for a customer's entry, where the customer now stands.</summary>
    public static string EntryWithBalance(Entry entry, Customer? customer, DateOnly today) =>
        customer is null
            ? $"{EntryLine(entry, null, today)}."
            : $"{EntryLine(entry, customer.Name, today)}. {BalanceSentence(customer)}";

    public static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    /// <summary>"income 1000 rent" comes with the note "rent" in the category "rent": saying it twice adds nothing.</summary>
    private static string? NoteBesides(Entry entry) =>
        string.Equals(entry.Note?.Trim(), entry.Category, StringComparison.OrdinalIgnoreCase) ? null : entry.Note;

    private static string Plain(string? note) => string.IsNullOrWhiteSpace(note) ? "" : " " + note;

    private static string InBrackets(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $" ({note})";
}
