using KhataBot.Core.Ledger;
using KhataBot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Dashboard.Queries;

public sealed record CustomerRow(long Id, string Name, string? Phone, long BalancePaise, DateOnly? LastEntry, DateOnly? OldestDue);

/// <summary>
/// The customers page: search by name or phone, sorted by balance or by the age of the oldest open due,
/// one page at a time, with the totals of everyone the search matches. Filtering, sorting, paging and
/// sums are SQL; the oldest due per customer comes from the due-date index in one grouped query, and
/// each shown customer's last entry from the (CustomerId, Date) index, one seek each.
/// </summary>
public static class CustomerList
{
    public const int PageSize = 50;

    public static async Task<(IReadOnlyList<CustomerRow> Rows, int Count, long OwedPaise)> LoadAsync(
        KhataDbContext db, long shopId, string? search, string sort, int page, CancellationToken ct)
    {
        var customers = db.Customers.Where(c => c.ShopId == shopId && c.RemovedAt == null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var key = search.Trim().ToUpperInvariant();
            var digits = new string(search.Where(char.IsAsciiDigit).ToArray());
            customers = digits.Length >= 3
                ? customers.Where(c => c.NameKey.Contains(key) || (c.Phone != null && c.Phone.Contains(digits)))
                : customers.Where(c => c.NameKey.Contains(key));
        }

        var totals = await customers.GroupBy(c => 1)
            .Select(g => new { Count = g.Count(), Owed = g.Sum(c => c.BalancePaise > 0 ? c.BalancePaise : 0) })
            .FirstOrDefaultAsync(ct);
        var oldest = OpenDueRows.Of(db, shopId).GroupBy(e => e.CustomerId).Select(g => new { CustomerId = g.Key, Oldest = g.Min(e => e.DueDate) });
        var joined = from c in customers
                     join o in oldest on (long?)c.Id equals o.CustomerId into dues
                     from o in dues.DefaultIfEmpty()
                     select new { c.Id, c.Name, c.NameKey, c.Phone, c.BalancePaise, Oldest = o == null ? null : o.Oldest };
        var sorted = sort == "age"
            ? joined.OrderBy(c => c.Oldest == null).ThenBy(c => c.Oldest).ThenByDescending(c => c.BalancePaise).ThenBy(c => c.NameKey)
            : sort == "name"
                ? joined.OrderBy(c => c.NameKey)
                : joined.OrderByDescending(c => c.BalancePaise).ThenBy(c => c.NameKey);
        var shown = await sorted.Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize).ToListAsync(ct);

        // One seek per shown customer: MAX over (CustomerId, Date) read backwards to the newest entry not
        // deleted, instead of grouping every entry of fifty customers (thousands of rows in a big book).
        var ids = shown.Select(c => c.Id).ToList();
        var last = await db.Customers.Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, Last = db.Entries.Where(e => e.CustomerId == c.Id && e.DeletedAt == null).Max(e => (DateOnly?)e.Date) })
            .ToDictionaryAsync(c => c.Id, c => c.Last, ct);
        var rows = shown.Select(c => new CustomerRow(c.Id, c.Name, c.Phone, c.BalancePaise, last.TryGetValue(c.Id, out var d) ? d : null, c.Oldest)).ToList();
        return (rows, totals?.Count ?? 0, totals?.Owed ?? 0);
    }
}
