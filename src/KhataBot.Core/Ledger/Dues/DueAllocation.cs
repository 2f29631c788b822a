namespace KhataBot.Core.Ledger.Dues;

/// <summary>
/// Spreads a customer's payments over their dated credits, oldest due first (by due date, then entry
/// number). It is recomputed from the whole live payments total after every change, rather than moved
/// step by step, so it cannot drift: deleting, editing or undoing a payment simply re-spreads the total.
/// All payments count towards dues, even those made before the due was set, because the shopkeeper asks
/// "is it paid?"; this also means open dues never add up to more than the customer owes.
/// </summary>
public static class DueAllocation
{
    /// <param name="datedCredits">The customer's live credits with a due date.</param>
    /// <param name="paymentsPaise">The customer's live payments, added up.</param>
    public static void Apply(IEnumerable<Entry> datedCredits, long paymentsPaise)
    {
        var left = Math.Max(0, paymentsPaise);
        foreach (var credit in datedCredits.OrderBy(c => c.DueDate).ThenBy(c => c.Number))
        {
            var paid = Math.Min(credit.AmountPaise, left);
            credit.DuePaidPaise = paid;
            left -= paid;
        }
    }
}
