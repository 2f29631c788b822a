namespace KhataBot.Core.Reminders.OneOff;

/// <summary>
/// The scheduler's side of one-off reminders: a durable trigger per reminder that survives restarts and,
/// after downtime, fires once as soon as the bot is back. The book does not know which scheduler it is.
/// </summary>
public interface IOneOffReminders
{
    /// <summary>False where no scheduler runs (tests of the book alone): one-offs are then refused.</summary>
    bool IsAvailable { get; }

    /// <summary>Puts in (or replaces) the trigger for <paramref name="reminder"/>, firing at its time, or at
    /// once if that has passed.</summary>
    /// <remarks>Nothing takes a trigger out: cancelling marks the book's row, and a trigger that fires for
    /// a row that is not pending does nothing. Taking it out at once could not be undone if the book's
    /// transaction then rolled back.</remarks>
    Task ScheduleAsync(OneOffReminder reminder, CancellationToken cancellationToken);
}

internal sealed class NoOneOffReminders : IOneOffReminders
{
    public bool IsAvailable => false;

    public Task ScheduleAsync(OneOffReminder reminder, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No scheduler runs here.");
}
