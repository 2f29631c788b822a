using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Shops.Upi;

internal static class UpiActions
{
    public const string Changed = "shop.upi";
}

/// <summary>"upi": where customers are asked to pay.</summary>
internal sealed class ShowUpiHandler : ICommandHandler<ShowUpi>
{
    public Task<Reply> HandleAsync(ShowUpi command, CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Reply>(context.Shop.UpiId is { } id
            ? $"Customers' reminders ask them to pay to {id} by UPI. Change: {Examples.Upi}, or upi off"
            : $"No UPI ID yet. Set one and customers' reminders carry a link to pay you: {Examples.Upi}");
}

/// <summary>"upi shop@okbank" / "upi off". The parser has checked the form; undo puts the old one back.</summary>
internal sealed class SetUpiIdHandler(AuditTrail audit) : ICommandHandler<SetUpiId>
{
    public Task<Reply> HandleAsync(SetUpiId command, CommandContext context, CancellationToken cancellationToken)
    {
        var before = context.Shop.UpiId;
        if (before == command.UpiId)
        {
            return Task.FromResult<Reply>(command.UpiId is null ? "There is no UPI ID to remove." : $"The UPI ID is {command.UpiId} already.");
        }

        context.Shop.UpiId = command.UpiId;
        audit.Record(context, UpiActions.Changed, $"UPI ID: {command.UpiId ?? "none"} (was {before ?? "none"})", before: before, after: command.UpiId);
        return Task.FromResult<Reply>(command.UpiId is { } id
            ? $"UPI ID set to {id}. Customers' reminders now carry a link to pay you there. Check it is right: a wrong ID sends money elsewhere."
            : "UPI ID removed. Reminders no longer carry a payment link.");
    }
}

internal sealed class UpiUndoer : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [UpiActions.Changed];

    public Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Shop.UpiId != AuditTrail.Read<string>(record.After))
        {
            return Task.FromResult<string?>(null);
        }

        var before = AuditTrail.Read<string>(record.Before);
        context.Shop.UpiId = before;
        return Task.FromResult<string?>(before is null ? "Undone: no UPI ID again." : $"Undone: the UPI ID is {before} again.");
    }
}
