using KhataBot.Core.Money;
using KhataBot.Core.Reports;

namespace KhataBot.Infrastructure.Charts;

/// <param name="Folded">How many categories an "Others" slice holds.</param>
internal sealed record DonutSlice(string Name, decimal Value, int Percent, int Folded = 0);

/// <summary>Slices largest first, the smallest folded into "Others", with whole percentages that add up to 100.</summary>
internal static class DonutSlices
{
    public static IReadOnlyList<DonutSlice> Fold(IReadOnlyList<Slice> slices, int maxSlices)
    {
        var merged = slices.Where(s => s.Value > 0)
            .GroupBy(s => s.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new Slice(g.First().Name.Trim(), g.Sum(s => s.Value)))
            .ToList();
        var others = merged.Where(IsOthers).Sum(s => s.Value);
        var folded = merged.Count(IsOthers);
        var named = merged.Where(s => !IsOthers(s)).OrderByDescending(s => s.Value).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

        var room = Math.Max(1, maxSlices - 1);
        if (named.Count + (others > 0 ? 1 : 0) > maxSlices)
        {
            others += named.Skip(room).Sum(s => s.Value);
            folded += named.Count - room;
            named = named.Take(room).ToList();
        }

        var kept = named.Select(s => (s.Name, s.Value, Folded: 0)).ToList();
        if (others > 0) kept.Add((CategoryColours.OthersName, others, folded));

        var percents = Shares.Percentages([.. kept.Select(s => Money.ToPaise(s.Value))]);
        return [.. kept.Select((s, i) => new DonutSlice(s.Name, s.Value, percents[i], s.Folded))];
    }

    private static bool IsOthers(Slice slice) => string.Equals(slice.Name, CategoryColours.OthersName, StringComparison.OrdinalIgnoreCase);
}
