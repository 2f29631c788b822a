namespace KhataBot.Integration.Tests.Support;

/// <summary>The tests' way to start the program (not linked into the benchmarks, which have no test books).</summary>
public sealed partial class RunningKhataBot
{
    /// <summary>Starts the program's console chat on a test's own book, as the pass says (a SQLite file with
    /// its jobs file beside it, or a PostgreSQL database), working in that book's folder.</summary>
    /// <param name="urls">Passed as --urls; with none the dashboard listens where the program chooses (127.0.0.1, any free port).</param>
    public static RunningKhataBot StartOn(KhataBotProcess book, Uri? urls = null)
    {
        var environment = book.Database.ProcessSettings().ToDictionary();
        if (!book.Database.IsPostgres) environment["ConnectionStrings__Jobs"] = $"Data Source={Path.Combine(Path.GetDirectoryName(book.DatabasePath)!, "jobs.db")}";
        return Launch(AppContext.BaseDirectory, Path.GetDirectoryName(book.DatabasePath)!, environment, book.FilesDirectory, urls);
    }
}
