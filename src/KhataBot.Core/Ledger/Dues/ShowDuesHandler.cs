using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger.Customers;
using KhataBot.Core.Money;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Dues;

/// <summary>"overdue", "due today", "due this week", "dues Ramesh": the open dues (dated credits not yet
/// paid off), earliest first, each with its entry number, customer, what is left and its date.</summary>
internal sealed class ShowDuesHandler(IKhataDb db) : ICommandHandler<ShowDues>
{
    public const int MaxShown = 30;

    public async Task<Reply> HandleAsync(ShowDues command, CommandContext context, CancellationToken cancellationToken)
    {
        var shopId = context.Shop.Id;
        var today = context.Today;
        var open = db.Entries.Where(e => e.ShopId == shopId && e.Kind == EntryKind.Credit && e.DueDate != null && e.DeletedAt == null
            && e.DuePaidPaise < e.AmountPaise);
        Customer? customer = null;
        if (command.Customer is { } name)
        {
            customer = await CustomerFinder.FindAsync(db, context, name, cancellationToken);
            if (customer is null)
            {
                return await CustomerFinder.NotFoundAsync(db, context, name, cancellationToken, n => command.Overdue ? $"overdue {n}" : $"dues {n}");
            }

            var id = customer.Id;
            open = open.Where(e => e.CustomerId == id);
        }

        if (command.Overdue)
        {
            open = open.Where(e => e.DueDate < today);
        }
        else if (command.Period is { } period)
        {
            open = open.Where(e => e.DueDate >= period.From && e.DueDate <= period.To);
        }

        var dues = await open.Include(e => e.Customer).OrderBy(e => e.DueDate).ThenBy(e => e.Number).ToListAsync(cancellationToken);
        var what = Describe(command, customer, today);
        if (dues.Count == 0)
        {
            return $"No open dues {what}.";
        }

        var left = dues.Sum(DueStates.LeftPaise);
        var lines = new List<string> { $"Open dues {what}: {LedgerText.Plural(dues.Count, "due", "dues")}, {IndianMoney.FormatPaise(left)}" };
        lines.AddRange(dues.Take(MaxShown).Select(d => customer is null ? $"#{d.Number} {d.Customer!.Name} {OpenDues.Line(d, today)}" : $"#{d.Number} {OpenDues.Line(d, today)}"));
        if (dues.Count > MaxShown)
        {
            lines.Add($"…and {dues.Count - MaxShown} more.");
        }

        return string.Join('\n', lines);
    }

    /// <summary>"overdue", "due this week (16–22 Nov)", "of Ramesh", "of Ramesh, overdue".</summary>
    private static string Describe(ShowDues command, Customer? customer, DateOnly today)
    {
        var when = command.Overdue ? "overdue"
            : command.Period is { } p ? $"due {command.Label} ({(p.From == p.To ? LedgerText.Day(p.From, today) : $"{LedgerText.Day(p.From, today)} – {LedgerText.Day(p.To, today)}")})"
            : null;
        return (customer, when) switch
        {
            (null, null) => "in the book",
            (null, _) => when,
            (_, null) => $"of {customer.Name}",
            _ => $"of {customer.Name}, {when}",
        };
    }
}
