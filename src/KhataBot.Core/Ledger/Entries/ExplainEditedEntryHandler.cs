using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Ledger.Entries;

/// <summary>An edited chat message is not applied again (that would double the entry); the shopkeeper
/// is shown the entry it made and the command that changes it.</summary>
internal sealed class ExplainEditedEntryHandler(IKhataDb db) : ICommandHandler<ExplainEditedEntry>
{
    public async Task<Reply> HandleAsync(ExplainEditedEntry command, CommandContext context, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.Include(e => e.Customer)
            .FirstOrDefaultAsync(e => e.ShopId == context.Shop.Id && e.Number == command.EntryNumber, cancellationToken);
        if (entry is null || entry.DeletedAt is not null)
        {
            return $"Editing a message does not change the book. #{command.EntryNumber} is no longer in it; send the entry again as a new message.";
        }

        var amount = Money.Money.AsTyped(Money.Money.FromPaise(entry.AmountPaise));
        return $"""
            Editing a message does not change the book: that message already made #{entry.Number} ({LedgerText.EntryLine(entry, entry.Customer?.Name, context.Today)}).
            To change it, send: edit #{entry.Number} {amount} {entry.Note ?? entry.Category ?? ""}
            To remove it: delete #{entry.Number}
            """.Replace(" \n", "\n");
    }
}
