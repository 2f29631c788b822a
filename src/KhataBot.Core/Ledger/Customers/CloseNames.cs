using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Customers;

/// <summary>
/// Before a credit or payment names a customer the book does not have: "add Ramseh 100" when Ramesh exists
/// asks "New customer Ramseh, or Ramesh?" rather than opening a second khata for a typo, and "paid Suersh 50"
/// offers the close names to book on one tap. A name the book knows (or none close to it) goes on unasked,
/// so the common message costs one indexed look-up.
/// </summary>
internal static class CloseNames
{
    public static async Task<Command> CheckAsync(IKhataDb db, long shopId, Command command, CancellationToken ct)
    {
        var (typed, isCredit) = command switch
        {
            AddCredit c => (c.Customer, true),
            AddPayment p => (p.Customer, false),
            _ => (null, false),
        };
        if (typed is null)
        {
            return command;
        }

        var name = CustomerNames.Clean(typed);
        // A removed customer (an undone first credit, a merged name) comes back by name, as before.
        if (name.Length == 0 || await HotQueries.CustomerByKeyAsync(db, shopId, Customer.KeyFor(name), ct) is not null)
        {
            return command;
        }

        var closest = NameMatcher.Closest(name, await HotQueries.LiveCustomerNamesAsync(db, shopId, ct), newName: command is AddCredit);
        if (closest.Count == 0)
        {
            return command;
        }

        if (command is AddCredit credit)
        {
            return new Ask($"New customer {name}, or {string.Join(", or ", closest)}?",
                [new ConfirmedCredit(credit), .. closest.Select(c => credit with { Customer = c })])
            {
                Labels = [$"New customer {name}", .. closest],
            };
        }

        var payment = (AddPayment)command;
        return new Ask($"No customer '{name}'. Did you mean {string.Join(", ", closest)}?", [.. closest.Select(c => payment with { Customer = c })])
        {
            Labels = [.. closest],
        };
    }
}

/// <summary>Books a credit whose new customer the shopkeeper chose over the close names.</summary>
internal sealed class ConfirmedCreditHandler(ICommandHandler<AddCredit> credit) : ICommandHandler<ConfirmedCredit>
{
    public Task<Reply> HandleAsync(ConfirmedCredit command, CommandContext context, CancellationToken cancellationToken) =>
        credit.HandleAsync(command.Credit, context, cancellationToken);
}
