using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhataBot.Core.Batches;

/// <summary>
/// "undo" after a message of several entries: takes back every change of that message, newest first, with
/// the undoer of each, and marks each undone so the next "undo" goes further back than the message.
/// </summary>
internal sealed class BatchUndoer(IKhataDb db, IServiceProvider services) : IUndoer
{
    public IReadOnlyCollection<string> Actions { get; } = [BatchRunner.Action];

    public async Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken)
    {
        var ids = AuditTrail.Read<List<long>>(record.After) ?? [];
        var changes = await db.AuditRecords
            .Where(a => a.ShopId == context.Shop.Id && ids.Contains(a.Id) && a.UndoneAt == null)
            .OrderByDescending(a => a.Id)
            .ToListAsync(cancellationToken);

        // Resolved here, not injected: the undoers include this one.
        var undoers = services.GetServices<IUndoer>().Where(u => u is not BatchUndoer).ToList();
        var lines = new List<string>();
        foreach (var change in changes)
        {
            var undoer = undoers.FirstOrDefault(u => u.Actions.Contains(change.Action));
            var text = undoer is null ? null : await undoer.UndoAsync(change, context, cancellationToken);
            if (text is null)
            {
                // Some changes were put back already: the whole undo must not stay half done.
                if (lines.Count > 0) throw new InvalidOperationException($"Undoing change {change.Id} of a message failed after others were undone.");
                return null;
            }

            change.UndoneAt = context.Now;
            lines.Add(text);
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }
}
