using KhataBot.Core.Abstractions;

namespace KhataBot.Core.Audit;

/// <summary>
/// Puts back one kind of recorded change. Each feature that records an action with
/// <see cref="AuditTrail"/> provides the undoer for it, so "undo" needs no list of every feature.
/// </summary>
public interface IUndoer
{
    /// <summary>The <see cref="AuditRecord.Action"/> values this undoer reverses.</summary>
    IReadOnlyCollection<string> Actions { get; }

    /// <summary>Reverses the change and returns what to tell the user ("Undone: #12 Ramesh +₹500").
    /// Returns null when it can no longer be undone (the reply then says why, and nothing changes).</summary>
    Task<string?> UndoAsync(AuditRecord record, CommandContext context, CancellationToken cancellationToken);
}
