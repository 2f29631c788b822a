using System.Text;
using KhataBot.Core.Ledger;
using KhataBot.Core.Money;
using KhataBot.Core.Shops.Upi;

namespace KhataBot.Core.Reminders.Customers;

/// <summary>The shop a customer reminder comes from: its name, and where to pay if it takes UPI.</summary>
public sealed record ReminderSender(string ShopName, string? UpiId);

/// <summary>
/// The polite reminder a customer gets (in his linked chat, or forwarded by the shopkeeper on WhatsApp):
/// what is due and when, the total, and a UPI link for exactly that total when the shop has a UPI ID.
/// Entry numbers are the shop's; the customer is told dates and amounts.
/// </summary>
public static class CustomerReminderText
{
    public static string For(ReminderSender shop, string customer, IReadOnlyCollection<DueReminder> dues, DateOnly today, bool linkedChat)
    {
        var total = dues.Sum(d => d.LeftPaise);
        var text = new StringBuilder($"🙏 Namaste {customer}, a gentle reminder from {shop.ShopName}:");
        foreach (var due in dues.OrderBy(d => d.DueDate).ThenBy(d => d.EntryNumber))
        {
            text.Append("\n• ").Append(IndianMoney.FormatPaise(due.LeftPaise)).Append(' ').Append(When(due, today));
        }

        if (dues.Count > 1)
        {
            text.Append("\nTotal: ").Append(IndianMoney.FormatPaise(total));
        }

        if (shop.UpiId is { } upi)
        {
            var note = $"{customer} khata " + string.Join(' ', dues.Select(d => $"#{d.EntryNumber}"));
            text.Append("\nPay by UPI: ").Append(UpiLink.For(upi, shop.ShopName, total, note));
        }

        text.Append("\nIf you have paid already, thank you, and please ignore this.");
        if (linkedChat)
        {
            text.Append("\nSend balance to see your khata.");
        }

        return text.ToString();
    }

    private static string When(DueReminder due, DateOnly today) => due.DaysLate(today) switch
    {
        < -1 => $"due on {LedgerText.Day(due.DueDate, today)}",
        -1 => "due tomorrow",
        0 => "due today",
        var late => $"was due on {LedgerText.Day(due.DueDate, today)} ({LedgerText.Plural(late, "day", "days")} ago)",
    };
}
