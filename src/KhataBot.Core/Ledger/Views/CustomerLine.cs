using KhataBot.Core.Money;

namespace KhataBot.Core.Ledger.Views;

/// <summary>"Ramesh (98765 43210): owes ₹1,250" — one customer on one short line.</summary>
internal static class CustomerLine
{
    public static string Of(Customer customer)
    {
        var name = customer.Phone is null ? customer.Name : $"{customer.Name} ({customer.Phone})";
        var balance = customer.BalancePaise switch
        {
            > 0 => $"owes {IndianMoney.FormatPaise(customer.BalancePaise)}",
            0 => "clear",
            _ => $"{IndianMoney.FormatPaise(-customer.BalancePaise)} advance",
        };
        return $"{name}: {balance}";
    }
}
