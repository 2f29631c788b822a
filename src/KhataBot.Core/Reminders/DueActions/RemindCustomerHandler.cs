using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Dues;
using KhataBot.Core.Money;
using KhataBot.Core.Outbox;
using KhataBot.Core.Parsing;
using KhataBot.Core.Reminders.Customers;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reminders.DueActions;

/// <summary>
/// "remind #12", the [Remind customer] button. A customer who opened his link gets a polite reminder in
/// his own chat (once a day per due, however often the button is pressed). For anyone else the
/// shopkeeper gets the same text to forward, with a wa.me link that opens WhatsApp on the customer's
/// number with it typed in.
/// </summary>
internal sealed class RemindCustomerHandler(IKhataDb db) : ICommandHandler<RemindCustomer>
{
    public async Task<Reply> HandleAsync(RemindCustomer command, CommandContext context, CancellationToken cancellationToken)
    {
        var (due, problem) = await DueLookup.OpenAsync(db, context, command.Number, cancellationToken);
        if (due is null)
        {
            return problem!;
        }

        var customer = due.Customer!;
        var reminder = new DueReminder(due.Number, customer.Name, DueStates.LeftPaise(due), due.DueDate!.Value);
        var sender = new ReminderSender(context.Shop.Name, context.Shop.UpiId);
        var chats = await db.CustomerLinks
            .Where(l => l.ShopId == context.Shop.Id && l.CustomerId == customer.Id && l.ChatId != null && l.RevokedAt == null)
            .Select(l => l.ChatId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (chats.Count > 0)
        {
            return await SendAsync(due, reminder, sender, chats, context, cancellationToken);
        }

        var text = CustomerReminderText.For(sender, customer.Name, [reminder], context.Today, linkedChat: false);
        var linkHint = $"So that {customer.Name} gets reminders from the bot himself: link {customer.Name}";
        if (WhatsAppLink.For(customer.Phone, text) is { } whatsApp)
        {
            return $"""
                {customer.Name} has not opened his link yet. Send him this on WhatsApp (the link opens it typed in):
                {whatsApp}

                {text}

                {linkHint}
                """;
        }

        return $"""
            {customer.Name} has no phone number and has not opened his link. Forward this to him:

            {text}

            To get a WhatsApp link next time: phone {customer.Name} 9876543210. {linkHint}
            """;
    }

    private async Task<Reply> SendAsync(Entry due, DueReminder reminder, ReminderSender sender, List<long> chats, CommandContext context, CancellationToken ct)
    {
        var customer = due.Customer!;
        var sentToday = await db.ReminderLog.AnyAsync(r => r.Day == context.Today && r.EntryId == due.Id && r.Stage == ReminderStage.OnRequest, ct);
        if (sentToday)
        {
            return $"{customer.Name} was already reminded of #{due.Number} today. Nothing more was sent.";
        }

        db.ReminderLog.Add(new ReminderLogEntry { Day = context.Today, EntryId = due.Id, Stage = ReminderStage.OnRequest, ShopId = context.Shop.Id, SentAt = context.Now });
        var text = CustomerReminderText.For(sender, customer.Name, [reminder], context.Today, linkedChat: true);
        foreach (var chat in chats)
        {
            // No shop: a customer's chat gets no buttons, and nothing there acts on the shop's book.
            OutboxWriter.Add(db, chat, new Reply(text), shopId: null, context.Now);
        }

        return $"📣 Reminded {customer.Name} of {IndianMoney.FormatPaise(reminder.LeftPaise)} (#{due.Number}) in his chat with the bot.";
    }
}
