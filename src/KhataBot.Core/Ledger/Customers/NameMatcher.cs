namespace KhataBot.Core.Ledger.Customers;

/// <summary>
/// Picks the customer names a mistyped name probably meant: same start, contains it, or a few letters
/// off (edit distance), also word by word so "Rmesh" finds "Ramesh Kumar". Works on <see cref="Customer.KeyFor"/>
/// keys, so case and extra spaces never matter.
/// </summary>
public static class NameMatcher
{
    public const int MaxSuggestions = 3;

    /// <summary>The names a typed name probably meant. <paramref name="newName"/>: the typed name would open a new
    /// khata, so only a slip of one letter (two in a long name) or a swapped pair counts; "Suresh" beside
    /// "Ramesh" is another customer, not a typo to ask about.</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<(string Name, string Key)> customers, bool newName = false)
    {
        var key = CustomerNames.KeyOf(typed);
        if (key.Length == 0)
        {
            return [];
        }

        return customers
            .Select(c => (c.Name, Score: Score(key, c.Key, newName)))
            .Where(c => c.Score is not null)
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>Lower is closer; null is not close enough to suggest.</summary>
    private static int? Score(string typed, string candidate, bool newName)
    {
        if (candidate.StartsWith(typed, StringComparison.Ordinal))
        {
            return 0;
        }

        if (typed.Length >= 2 && candidate.Contains(typed, StringComparison.Ordinal))
        {
            return 1;
        }

        var allowed = newName ? (typed.Length <= 7 ? 1 : 2) : typed.Length <= 3 ? 1 : typed.Length <= 7 ? 2 : 3;
        var best = Distance(typed, candidate);
        foreach (var word in candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            best = Math.Min(best, Distance(typed, word));
        }

        return best <= allowed ? 1 + best : null;
    }

    /// <summary>Edit distance with swaps (optimal string alignment): letters to add, drop or change, and two
    /// neighbours swapped counts as one slip, the commonest on a phone ("Ramseh" for "Ramesh").</summary>
    public static int Distance(string a, string b)
    {
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var change = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(change, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
