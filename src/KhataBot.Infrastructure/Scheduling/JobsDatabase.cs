namespace KhataBot.Infrastructure.Scheduling;

/// <summary>Where the jobs live: a SQLite file of their own, apart from the book, so the scheduler's
/// frequent small writes never wait on the book's writer, nor the book on them.</summary>
public sealed record JobsDatabase(string ConnectionString);
