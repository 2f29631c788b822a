using KhataBot.Core.Exports;
using KhataBot.Core.Ledger;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Dashboard.Queries;

/// <summary>The entries page's filters, read from the query string: period, kind, category, customer id, page.</summary>
public sealed record EntryFilter(PeriodChoice Period, EntryKind? Kind, string? Category, long? CustomerId, int Page)
{
    public static EntryFilter From(IQueryCollection query, DateOnly today) => new(
        PeriodChoice.From(query, today),
        Enum.TryParse<EntryKind>(query["kind"], ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null,
        query["category"] is { Count: 1 } c && c.ToString().Trim().Length > 0 ? c.ToString().Trim().ToLowerInvariant() : null,
        long.TryParse(query["customer"], out var customer) ? customer : null,
        int.TryParse(query["page"], out var page) && page > 0 ? page : 1);

    /// <summary>The same filters as a query string, without the page (for the pager and the CSV link).</summary>
    public string Query => string.Join('&', new[]
    {
        Period.Query,
        Kind is { } k ? $"kind={k.ToString().ToLowerInvariant()}" : null,
        Category is { } c ? $"category={Uri.EscapeDataString(c)}" : null,
        CustomerId is { } id ? $"customer={id}" : null,
    }.Where(p => p is not null));
}

/// <summary>
/// The entries page and its CSV. The filter is one SQL WHERE over the report index (ShopId, Date, Kind,
/// Category, ...); a page is newest first (Date, then Id, the rowid) with LIMIT/OFFSET, and the count and
/// sum of everything the filter matches come from one aggregate over the same index.
/// </summary>
public static class EntryList
{
    public const int PageSize = 50;

    public static IQueryable<Entry> Filtered(KhataDbContext db, long shopId, EntryFilter filter)
    {
        var (from, to) = (filter.Period.Range.From, filter.Period.Range.To);
        var entries = db.Entries.Where(e => e.ShopId == shopId && e.DeletedAt == null && e.Date >= from && e.Date <= to);
        if (filter.Kind is { } kind) entries = entries.Where(e => e.Kind == kind);
        if (filter.Category is { } category) entries = entries.Where(e => e.Category == category);
        if (filter.CustomerId is { } customer) entries = entries.Where(e => e.CustomerId == customer);
        return entries;
    }

    public static async Task<(IReadOnlyList<ExportRow> Rows, int Count, long Paise)> PageAsync(KhataDbContext db, long shopId, EntryFilter filter, CancellationToken ct)
    {
        var entries = Filtered(db, shopId, filter);
        var totals = await entries.GroupBy(e => 1).Select(g => new { Count = g.Count(), Paise = g.Sum(e => e.AmountPaise) }).FirstOrDefaultAsync(ct);
        var rows = await Rows(entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip((filter.Page - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        return (rows, totals?.Count ?? 0, totals?.Paise ?? 0);
    }

    /// <summary>Everything the filter matches, in number order, as `export` writes it.</summary>
    public static Task<List<ExportRow>> AllAsync(KhataDbContext db, long shopId, EntryFilter filter, CancellationToken ct) =>
        Rows(Filtered(db, shopId, filter).OrderBy(e => e.Number)).ToListAsync(ct);

    private static IQueryable<ExportRow> Rows(IQueryable<Entry> entries) =>
        entries.AsNoTracking().Select(e => new ExportRow(e.Number, e.Date, e.Kind, e.CustomerId, e.Customer == null ? null : e.Customer.Name,
            e.Category, e.AmountPaise, e.Note, e.DueDate, e.EnteredBy, e.EnteredAt));
}
