using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Dues;
using KhataBot.Core.Ledger.Views;
using KhataBot.Core.Money;
using KhataBot.Core.Shops;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.CustomerLinks;

/// <summary>
/// One customer's khata with one shop, as the customer reads it. Every query names both the shop and the
/// customer the link was made for; nothing here looks anyone up by name, so a customer can never be shown
/// someone else's khata, not even one with the same name.
/// </summary>
internal static class CustomerView
{
    public const int HistoryShown = 15;

    public static async Task<string> BalanceAsync(IKhataDb db, Shop shop, Customer customer, DateTimeOffset now, CancellationToken ct)
    {
        var today = ShopClock.Today(shop, now);
        var lines = new List<string> { $"{shop.Name}: {Owes(customer.BalancePaise)}" };
        var dues = await OpenDues.ForAsync(db, customer, ct);
        lines.AddRange(dues.Select(d => "• " + OpenDues.Line(d, today)));
        return string.Join('\n', lines);
    }

    public static async Task<string> HistoryAsync(IKhataDb db, Shop shop, Customer customer, DateTimeOffset now, CancellationToken ct)
    {
        var page = await HistoryPage.LinesAsync(db, shop.Id, customer, ShopClock.Today(shop, now), HistoryShown, ct);
        return string.Join('\n', [$"Your khata with {shop.Name}:", .. page.Count == 0 ? ["No entries yet."] : page, Owes(customer.BalancePaise)]);
    }

    private static string Owes(long balancePaise) => balancePaise switch
    {
        > 0 => $"you owe {IndianMoney.FormatPaise(balancePaise)}.",
        0 => "you owe nothing. Thank you!",
        _ => $"you have {IndianMoney.FormatPaise(-balancePaise)} advance.",
    };
}
