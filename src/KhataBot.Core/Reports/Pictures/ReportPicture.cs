using KhataBot.Core.Budgets;

namespace KhataBot.Core.Reports.Pictures;

/// <summary>
/// What one picture shows, as figures only: Core decides what to draw and Infrastructure how
/// (<see cref="IReportPictures"/>), so the book never depends on a chart library or native code.
/// </summary>
/// <param name="FileName">The PNG's name, e.g. "expenses.png", for transports that show file names.</param>
public abstract record ReportPicture(string FileName, string Title, string Subtitle);

/// <summary>Credit given and payments received per day (or per month) as bars, what is owed as a line.</summary>
/// <param name="OwedPaise">What customers owed at the end of each day or month.</param>
public sealed record FlowPicture(
    string FileName,
    string Title,
    string Subtitle,
    DateOnly From,
    DateOnly To,
    bool ByMonth,
    IReadOnlyList<long> CreditPaise,
    IReadOnlyList<long> PaymentPaise,
    IReadOnlyList<long> OwedPaise,
    string OwedName = "Total owed") : ReportPicture(FileName, Title, Subtitle);

/// <summary>Shares of a whole, such as expenses by category.</summary>
public sealed record SharesPicture(string FileName, string Title, string Subtitle, IReadOnlyList<NamedSum> Parts)
    : ReportPicture(FileName, Title, Subtitle);

/// <summary>Each budget's use against its limit, with markers at 80% and 100%.</summary>
public sealed record BudgetsPicture(string FileName, string Title, string Subtitle, IReadOnlyList<BudgetUse> Budgets)
    : ReportPicture(FileName, Title, Subtitle);

/// <summary>One bar per name, largest first as given (who owes most).</summary>
public sealed record AmountsPicture(string FileName, string Title, string Subtitle, IReadOnlyList<NamedSum> Amounts)
    : ReportPicture(FileName, Title, Subtitle);

/// <summary>What each customer owes, split by how old the credits behind it are (see <see cref="DueAge"/>).</summary>
public sealed record AgedDuesPicture(string FileName, string Title, string Subtitle, IReadOnlyList<AgedDues> Customers)
    : ReportPicture(FileName, Title, Subtitle);
