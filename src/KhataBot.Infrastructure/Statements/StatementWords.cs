using KhataBot.Core.Money;
using KhataBot.Core.Statements;

namespace KhataBot.Infrastructure.Statements;

/// <summary>The words and figures a printed statement shows, the same whichever library draws it.</summary>
internal static class StatementWords
{
    /// <summary>An empty cell for nothing given or paid, so the figures that matter stand out.</summary>
    public static string Money(long paise) => paise == 0 ? "" : IndianMoney.FormatPaise(paise);

    /// <summary>What the customer owes; an advance is said in words, as a minus sign after ₹ is easy to miss.</summary>
    public static string Balance(long paise) => paise < 0 ? $"{IndianMoney.FormatPaise(-paise)} advance" : IndianMoney.FormatPaise(paise);

    /// <summary>"part paid, overdue 3 days", "due today", or nothing for a due still to come.</summary>
    public static string DueNote(StatementDue due, DateOnly made)
    {
        var late = made.DayNumber - due.DueDate.DayNumber;
        var when = late switch
        {
            > 0 => late == 1 ? "overdue 1 day" : $"overdue {late} days",
            0 => "due today",
            _ => "",
        };
        return string.Join(", ", new[] { due.PartPaid ? "part paid" : "", when }.Where(s => s.Length > 0));
    }

    /// <summary>The footer's left part, so a page that strays from the rest can be put back.</summary>
    public static string Footer(CustomerStatement statement) =>
        $"{statement.Shop} · statement for {statement.Customer} · {CustomerStatement.Day(statement.Made)}";

    public static string PageOf(int page, int pages) => $"Page {page} of {pages}";
}
