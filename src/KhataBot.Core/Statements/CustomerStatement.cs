using System.Globalization;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Statements;

/// <summary>
/// Everything one customer statement shows, gathered before any document is drawn, so the renderer only
/// lays it out. Money is in paise, as in the book. Balances are what the customer owes (negative: an advance).
/// </summary>
/// <param name="Period">The dates covered; null covers every entry up to <paramref name="Made"/>.</param>
/// <param name="Label">The period for people: "June 2026", "all entries".</param>
/// <param name="Made">The shop's today when the statement was made; open dues are as of this day.</param>
public sealed record CustomerStatement(
    string Shop,
    string Customer,
    string? Phone,
    DateRange? Period,
    string Label,
    DateOnly Made,
    long OpeningPaise,
    IReadOnlyList<StatementLine> Lines,
    long ClosingPaise,
    IReadOnlyList<StatementDue> OpenDues)
{
    /// <summary>"June 2026 (1 Jun 2026 – 30 Jun 2026)" or "All entries up to 21 Nov 2026".</summary>
    public string PeriodText => Period is { } p
        ? $"{Label} ({Day(p.From)} – {Day(p.To)})"
        : $"All entries up to {Day(Made)}";

    /// <summary>"statement-ramesh-2026-06": the customer, then the month, the year, the dates, or (for
    /// everything so far) the day it was made, so statements saved side by side sort and never collide.</summary>
    public string FileStem => $"statement-{Slug(Customer)}-{PeriodPart()}";

    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private string PeriodPart()
    {
        if (Period is not { } p) return Iso(Made);
        if (p == DateRange.Month(p.From.Year, p.From.Month)) return p.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (p == DateRange.Year(p.From.Year)) return p.From.Year.ToString(CultureInfo.InvariantCulture);
        return $"{Iso(p.From)}-to-{Iso(p.To)}";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Letters (any script, with their vowel signs) and digits; anything else becomes one hyphen.</summary>
    private static string Slug(string name)
    {
        var kept = name.ToLowerInvariant().Select(c =>
            char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? c : '-');
        var slug = string.Join('-', new string([.. kept]).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "customer" : slug;
    }
}

/// <summary>One entry on the statement.</summary>
/// <param name="DebitPaise">Goods given on credit: the customer owes more (0 for a payment).</param>
/// <param name="CreditPaise">A payment received: the customer owes less (0 for a credit).</param>
/// <param name="BalancePaise">What the customer owes after this entry.</param>
public sealed record StatementLine(DateOnly Date, int Number, string Description, long DebitPaise, long CreditPaise, long BalancePaise);

/// <summary>A dated credit not yet fully paid, as of the day the statement was made.</summary>
/// <param name="LeftPaise">What is still to pay of it.</param>
public sealed record StatementDue(int Number, DateOnly Date, DateOnly DueDate, long LeftPaise, bool PartPaid);
