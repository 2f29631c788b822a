namespace KhataBot.Core.Reports.Pictures;

/// <summary>
/// How long money has been owed, in the buckets shopkeepers and accountants use. Payments settle the oldest
/// credits first, so what a customer still owes is made of their latest credits: the balance is split over
/// the credits newest first until it is covered, and each part is as old as its credit.
/// </summary>
public static class DueAge
{
    public static IReadOnlyList<string> BucketNames { get; } = ["0–30 days", "31–60 days", "61–90 days", "90+ days"];

    public static int BucketOf(int days) => days switch
    {
        <= 30 => 0,
        <= 60 => 1,
        <= 90 => 2,
        _ => 3,
    };

    /// <param name="creditsByDay">The customer's live credits summed per day, in any order.</param>
    public static AgedDues Split(string name, long balancePaise, IEnumerable<(DateOnly Date, long Paise)> creditsByDay, DateOnly today)
    {
        var buckets = new long[BucketNames.Count];
        var left = balancePaise;
        var oldest = today;
        foreach (var (date, paise) in creditsByDay.OrderByDescending(c => c.Date))
        {
            if (left <= 0)
            {
                break;
            }

            var part = Math.Min(left, paise);
            buckets[BucketOf(today.DayNumber - date.DayNumber)] += part;
            left -= part;
            oldest = date;
        }

        // Owed without credits to explain it (an opening balance entered as an edit, say): counted as new.
        buckets[0] += Math.Max(0, left);
        return new AgedDues(name, balancePaise, buckets, today.DayNumber - oldest.DayNumber);
    }
}

/// <param name="BucketPaise">What is owed in each of <see cref="DueAge.BucketNames"/>.</param>
/// <param name="OwedForDays">Days since the oldest credit still (partly) unpaid.</param>
public sealed record AgedDues(string Name, long Paise, IReadOnlyList<long> BucketPaise, int OwedForDays);
