using KhataBot.Core.Abstractions;
using KhataBot.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace KhataBot.Core.Reports;

/// <summary>
/// What customers owed at the end of a day, summed in SQL. Each customer's BalancePaise is kept current,
/// so the balance at an earlier day is BalancePaise minus the live credits/payments dated after it: for a
/// recent period that reads few entries or none. For a period early in the book it is cheaper to add up
/// the entries up to its end instead; both give the same figures, so the side with fewer days is read.
/// Either way the entries come from the covering index IX_Entries_Report (ShopId, Date range), and the
/// rest is one pass over the shop's customers.
/// </summary>
public sealed record OwedAtEnd(long NetPaise, long OwingPaise, long AdvancePaise, IReadOnlyList<NamedSum> Top)
{
    public const int TopCount = 5;

    /// <summary>Every customer's balance at the end of <paramref name="end"/>, as SQL.</summary>
    /// <param name="fromStart">Add up the entries up to the end, instead of taking the entries after it
    /// away from today's balance.</param>
    public static IQueryable<CustomerAtEnd> PerCustomer(IKhataDb db, long shopId, DateOnly end, bool fromStart)
    {
        var khata = db.Entries.Where(e => e.ShopId == shopId && e.DeletedAt == null
            && (e.Kind == EntryKind.Credit || e.Kind == EntryKind.Payment));
        var customers = db.Customers.Where(c => c.ShopId == shopId);
        if (fromStart)
        {
            return customers.LeftJoin(NetPerCustomer(khata.Where(e => e.Date <= end)), c => (long?)c.Id, a => a.CustomerId,
                (c, a) => new CustomerAtEnd { Id = c.Id, Name = c.Name, Live = c.RemovedAt == null, Paise = (long?)a!.Paise ?? 0 });
        }

        return customers.LeftJoin(NetPerCustomer(khata.Where(e => e.Date > end)), c => (long?)c.Id, a => a.CustomerId,
            (c, a) => new CustomerAtEnd { Id = c.Id, Name = c.Name, Live = c.RemovedAt == null, Paise = c.BalancePaise - ((long?)a!.Paise ?? 0) });
    }

    public static async Task<OwedAtEnd> LoadAsync(IKhataDb db, long shopId, DateOnly end, CancellationToken cancellationToken)
    {
        var perCustomer = PerCustomer(db, shopId, end, await CheaperFromStartAsync(db, shopId, end, cancellationToken));

        // One aggregate row: the net total, and what is owed and held in advance separately, because a
        // shopkeeper reads "₹40,000 owed, ₹1,000 advances" better than a net figure alone.
        // Grouping by a constant gives one row, or none for a shop without customers.
        var totals = (await perCustomer
            .GroupBy(c => 1)
            .Select(g => new { Net = g.Sum(c => c.Paise), Owing = g.Sum(c => c.Paise > 0 ? c.Paise : 0) })
            .ToListAsync(cancellationToken)).SingleOrDefault();

        var top = await perCustomer
            .Where(c => c.Live && c.Paise > 0)
            .OrderByDescending(c => c.Paise)
            .ThenBy(c => c.Name)
            .Take(TopCount)
            .Select(c => new NamedSum(c.Name, c.Paise, 0))
            .ToListAsync(cancellationToken);

        var net = totals?.Net ?? 0;
        var owing = totals?.Owing ?? 0;
        return new OwedAtEnd(net, owing, owing - net, top);
    }

    private static IQueryable<CustomerNet> NetPerCustomer(IQueryable<Entry> entries) =>
        entries.GroupBy(e => e.CustomerId)
            .Select(g => new CustomerNet { CustomerId = g.Key, Paise = g.Sum(e => e.Kind == EntryKind.Credit ? e.AmountPaise : -e.AmountPaise) });

    /// <summary>Whether fewer days of entries lie before the end than after it. MIN and MAX of the leading
    /// index columns are single index look-ups, so this costs almost nothing.</summary>
    private static async Task<bool> CheaperFromStartAsync(IKhataDb db, long shopId, DateOnly end, CancellationToken cancellationToken)
    {
        var entries = db.Entries.Where(e => e.ShopId == shopId);
        var first = await entries.MinAsync(e => (DateOnly?)e.Date, cancellationToken);
        var last = await entries.MaxAsync(e => (DateOnly?)e.Date, cancellationToken);
        return first is { } from && last is { } to && end.DayNumber - from.DayNumber < to.DayNumber - end.DayNumber;
    }

    private sealed class CustomerNet
    {
        public long? CustomerId { get; init; }

        public long Paise { get; init; }
    }
}

/// <summary>One customer's balance at the end of the period; see <see cref="OwedAtEnd.PerCustomer"/>.</summary>
public sealed class CustomerAtEnd
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public bool Live { get; init; }

    public long Paise { get; init; }
}
