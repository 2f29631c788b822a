using KhataBot.Core.Ledger;
using KhataBot.Core.Money;

namespace KhataBot.Core.Recurring;

/// <summary>How a recurring entry is said: "Spent ₹5,000 on rent, every month on the 1st".</summary>
internal static class RecurringText
{
    public static string Describe(RecurringEntry row, string? customerName)
    {
        var amount = IndianMoney.FormatPaise(row.AmountPaise);
        var note = string.IsNullOrWhiteSpace(row.Note) || string.Equals(row.Note, row.Category, StringComparison.OrdinalIgnoreCase) ? "" : $" ({row.Note})";
        var what = row.Kind switch
        {
            EntryKind.Expense => $"Spent {amount} on {row.Category}{note}",
            EntryKind.Income => $"Income {amount} from {row.Category}{note}",
            EntryKind.Credit => $"{customerName} +{amount}{(string.IsNullOrWhiteSpace(row.Note) ? "" : " " + row.Note)}",
            _ => $"{customerName} paid {amount}{note}",
        };
        return $"{what}, {When(row.Every, row.Day)}";
    }

    public static string When(RecurEvery every, int day) => every switch
    {
        RecurEvery.Day => "every day",
        RecurEvery.Week => $"every {(DayOfWeek)day}",
        _ => $"every month on the {Ordinal(day)}",
    };

    private static string Ordinal(int day) => day switch
    {
        1 or 21 or 31 => $"{day}st",
        2 or 22 => $"{day}nd",
        3 or 23 => $"{day}rd",
        _ => $"{day}th",
    };
}
