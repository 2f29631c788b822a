using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.CustomerLinks;

/// <summary>
/// A chat that has no book of its own but opened customer links: it is a customer's. It answers balance
/// and history for the customers it was linked to, each with the shop that made the link, and refuses
/// everything else; nothing it sends changes any book.
/// </summary>
internal static class CustomerChat
{
    public static Task<bool> IsLinkedAsync(IKhataDb db, long chatId, CancellationToken ct) =>
        HotQueries.IsLinkedCustomerChatAsync(db, chatId, ct);

    public static async Task<Reply> AnswerAsync(IKhataDb db, IncomingMessage message, DateTimeOffset now, CancellationToken ct)
    {
        // Each customer once, with the shop the link was made by; a customer record of another shop
        // cannot match, since both ids must agree.
        var khatas = await (
                from link in db.CustomerLinks
                where link.ChatId == message.ChatId && link.RevokedAt == null
                join customer in db.Customers on new { Id = link.CustomerId, link.ShopId } equals new { customer.Id, customer.ShopId }
                join shop in db.Shops on link.ShopId equals shop.Id
                where customer.RemovedAt == null
                select new { Shop = shop, Customer = customer })
            .ToListAsync(ct);
        var distinct = khatas.DistinctBy(k => k.Customer.Id).OrderBy(k => k.Shop.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count == 0)
        {
            return "This chat is not linked to any khata now. Ask your shop for a new link.";
        }

        var shops = string.Join(", ", distinct.Select(k => k.Shop.Name).Distinct());
        var question = CustomerQuestionGrammar.Parse(message.Text);
        switch (question)
        {
            case CustomerQuestion.Balance or CustomerQuestion.Hello:
                var balances = new List<string>();
                foreach (var k in distinct)
                {
                    balances.Add(await CustomerView.BalanceAsync(db, k.Shop, k.Customer, now, ct));
                }

                var greeting = question == CustomerQuestion.Hello ? $"🙏 Namaste! This chat shows your khata with {shops}.\n" : "";
                return $"{greeting}{string.Join("\n\n", balances)}\nSend history to see your entries.";
            case CustomerQuestion.History:
                var histories = new List<string>();
                foreach (var k in distinct)
                {
                    histories.Add(await CustomerView.HistoryAsync(db, k.Shop, k.Customer, now, ct));
                }

                return string.Join("\n\n", histories);
            default:
                return $"This chat shows your khata with {shops}. You can send: balance or history. Only the shop can change the khata.";
        }
    }
}
