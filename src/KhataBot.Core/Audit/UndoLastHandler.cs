using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Audit;

/// <summary>
/// "undo": reverts the latest change of this chat's shop that is not undone yet; saying it again walks further
/// back. Each feature brings the <see cref="IUndoer"/> for its own actions, so this needs no list of them.
/// Changes are undone strictly newest first: one that cannot be undone stops the walk rather than being
/// skipped, because reverting an older change under a newer one could leave the book inconsistent.
/// </summary>
internal sealed class UndoLastHandler(IKhataDb db, AuditTrail audit, IEnumerable<IUndoer> undoers) : ICommandHandler<UndoLast>
{
    public const string Action = "undo";

    public async Task<Reply> HandleAsync(UndoLast command, CommandContext context, CancellationToken cancellationToken)
    {
        var shopId = context.Shop.Id;
        var record = await db.AuditRecords
            .Where(a => a.ShopId == shopId && a.UndoneAt == null && a.Action != Action)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return "Nothing to undo.";
        }

        var undoer = undoers.FirstOrDefault(u => u.Actions.Contains(record.Action));
        if (undoer is null)
        {
            return $"The last change ({record.Summary}) cannot be undone, so nothing was changed.";
        }

        var text = await undoer.UndoAsync(record, context, cancellationToken);
        if (text is null)
        {
            return $"The last change ({record.Summary}) can no longer be undone, so nothing was changed.";
        }

        record.UndoneAt = context.Now;
        var undo = audit.Record(context, Action, Shorten(text), entryId: record.EntryId, customerId: record.CustomerId);
        undo.UndoOfId = record.Id;
        return text;
    }

    /// <summary>The summary column holds 400 characters; an undo's reply can be longer (two lines).</summary>
    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400];
}
