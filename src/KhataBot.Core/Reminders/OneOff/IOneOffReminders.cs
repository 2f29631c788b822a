namespace KhataBot.Core.Reminders.OneOff;

/// <summary>
/// The scheduler's side of one-off reminders: a durable delayed job per reminder that survives restarts and,
/// after downtime, runs once as soon as the bot is back. The book does not know which scheduler it is.
/// </summary>
public interface IOneOffReminders
{
    /// <summary>False where no scheduler runs (tests of the book alone): one-offs are then refused.</summary>
    bool IsAvailable { get; }

    /// <summary>Puts in a job for <paramref name="reminder"/>, running at its time, or at once if that has
    /// passed, and returns the job's id (kept on the reminder's row).</summary>
    Task<string> ScheduleAsync(OneOffReminder reminder, CancellationToken cancellationToken);

    /// <summary>Deletes the reminder's job, if it has one still waiting.</summary>
    /// <remarks>Called before the book commits. If the commit then fails, the row is pending with no job:
    /// the next start gives it one (every pending reminder without a live job gets one). A job that runs
    /// for a row that is not pending does nothing, so a delete that comes too late loses nothing either.</remarks>
    Task CancelAsync(OneOffReminder reminder, CancellationToken cancellationToken);
}

internal sealed class NoOneOffReminders : IOneOffReminders
{
    public bool IsAvailable => false;

    public Task<string> ScheduleAsync(OneOffReminder reminder, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No scheduler runs here.");

    public Task CancelAsync(OneOffReminder reminder, CancellationToken cancellationToken) => Task.CompletedTask;
}
