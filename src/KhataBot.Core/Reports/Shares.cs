namespace KhataBot.Core.Reports;

/// <summary>
/// Whole-percent shares that add up to exactly 100 (largest remainder method), so a report's
/// "food 41%, rent 33%, bills 26%" never adds to 99 or 101 and confuses the reader.
/// </summary>
public static class Shares
{
    public static int[] Percentages(IReadOnlyList<long> amounts)
    {
        var total = amounts.Sum();
        var result = new int[amounts.Count];
        if (total <= 0)
        {
            return result;
        }

        var remainders = new decimal[amounts.Count];
        for (var i = 0; i < amounts.Count; i++)
        {
            var exact = amounts[i] * 100m / total;
            result[i] = (int)decimal.Floor(exact);
            remainders[i] = exact - result[i];
        }

        // Hand the missing points to the largest remainders; ties go to the earlier (larger) item.
        var missing = 100 - result.Sum();
        foreach (var i in Enumerable.Range(0, amounts.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(missing))
        {
            result[i]++;
        }

        return result;
    }
}
