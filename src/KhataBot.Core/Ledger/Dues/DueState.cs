namespace KhataBot.Core.Ledger.Dues;

public enum DueState
{
    Pending,
    PartlyPaid,
    Paid,
}

public static class DueStates
{
    /// <summary>Where a dated credit stands, from what payments have settled of it.</summary>
    public static DueState Of(Entry credit) =>
        credit.DuePaidPaise >= credit.AmountPaise ? DueState.Paid
        : credit.DuePaidPaise > 0 ? DueState.PartlyPaid
        : DueState.Pending;

    public static long LeftPaise(Entry credit) => Math.Max(0, credit.AmountPaise - credit.DuePaidPaise);
}
