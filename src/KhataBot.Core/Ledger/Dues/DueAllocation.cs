namespace KhataBot.Core.Ledger.Dues;

/// <summary>
/// Spreads a customer's payments over their dated credits, oldest due first (by due date, then entry
/// number). It is recomputed from the whole live payments total after every change, rather than moved
/// step by step, so it cannot drift: deleting, editing or undoing a payment simply re-spreads the total.
/// All payments count towards dues, even those made before the due was set, because the shopkeeper asks
/// "is it paid?"; this also means open dues never add up to more than the customer owes. A payment made
/// for one due (a reminder's [Paid] button) settles that due first; what it does not need is spread like
/// the rest.
/// </summary>
public static class DueAllocation
{
    /// <param name="datedCredits">The customer's live credits with a due date.</param>
    /// <param name="paymentsPaise">The customer's live payments, added up.</param>
    /// <param name="paidForDue">Of those payments, what was paid for a named due, by that due's entry number.</param>
    public static void Apply(IEnumerable<Entry> datedCredits, long paymentsPaise, IReadOnlyDictionary<int, long>? paidForDue = null)
    {
        var credits = datedCredits.OrderBy(c => c.DueDate).ThenBy(c => c.Number).ToList();
        var left = Math.Max(0, paymentsPaise);
        foreach (var credit in credits)
        {
            var named = paidForDue is not null && paidForDue.TryGetValue(credit.Number, out var forIt) ? forIt : 0;
            credit.DuePaidPaise = Math.Min(Math.Min(credit.AmountPaise, named), left);
            left -= credit.DuePaidPaise;
        }

        foreach (var credit in credits)
        {
            var paid = Math.Min(credit.AmountPaise - credit.DuePaidPaise, left);
            credit.DuePaidPaise += paid;
            left -= paid;
        }
    }
}
