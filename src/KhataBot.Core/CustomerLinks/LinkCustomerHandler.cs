using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.CustomerLinks;

internal static class CustomerLinkActions
{
    public const string Created = "customer.link";
}

/// <summary>"link Ramesh": a one-time link for the shopkeeper to forward. Whoever opens it first sees
/// Ramesh's khata with this shop, so it is unguessable, single-use and short-lived; undo takes it back,
/// opened or not.</summary>
internal sealed class LinkCustomerHandler(IKhataDb db, IStartLinks links, AuditTrail audit) : ICommandHandler<LinkCustomer>
{
    public async Task<Reply> HandleAsync(LinkCustomer command, CommandContext context, CancellationToken cancellationToken)
    {
        var customer = await CustomerFinder.FindAsync(db, context, command.Customer, cancellationToken);
        if (customer is null)
        {
            return await CustomerFinder.NotFoundAsync(db, context, command.Customer, cancellationToken, name => $"link {name}");
        }

        var link = new CustomerLink
        {
            ShopId = context.Shop.Id,
            CustomerId = customer.Id,
            Token = LinkTokens.New(),
            CreatedAt = context.Now,
            ExpiresAt = context.Now + CustomerLink.ValidFor,
        };
        db.CustomerLinks.Add(link);
        audit.Record(context, CustomerLinkActions.Created, $"Link for {customer.Name}", after: link.Token, customerId: customer.Id);
        return $"""
            Forward this link to {customer.Name}. When he opens it, he can see his own balance and history with {context.Shop.Name} (nothing else), and he gets a polite reminder when a payment is due. It works once, within {CustomerLink.ValidFor.Days} days:
            {links.LinkFor(CustomerLink.PayloadPrefix + link.Token)}
            """;
    }
}

/// <summary>Takes a customer link back: unopened it opens nothing, opened the customer's chat loses the view.</summary>
internal sealed class CustomerLinkUndoer(IKhataDb db) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [CustomerLinkActions.Created];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var token = AuditTrail.Read<string>(record.After);
        var link = await db.CustomerLinks.FirstOrDefaultAsync(l => l.ShopId == context.Shop.Id && l.Token == token, cancellationToken);
        if (link is null || link.RevokedAt is not null)
        {
            return null;
        }

        link.RevokedAt = context.Now;
        return link.ChatId is null
            ? "Undone: the customer link was taken back; it opens nothing now."
            : "Undone: the customer link was taken back; that chat no longer sees the khata or gets reminders.";
    }
}
