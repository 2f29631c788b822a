using KhataBot.Core.Ledger;
using KhataBot.Core.Ledger.Dues;

namespace KhataBot.Core.Tests.Ledger;

public class DueAllocationTests
{
    private static Entry Due(int number, long paise, int day) =>
        new() { Number = number, Kind = EntryKind.Credit, EnteredBy = "Owner", AmountPaise = paise, DueDate = new DateOnly(2026, 11, day) };

    [Fact]
    public void Payments_settle_the_oldest_due_first()
    {
        Entry[] dues = [Due(2, 500, 21), Due(1, 300, 15)];

        DueAllocation.Apply(dues, 600);

        Assert.Equal([300, 300], dues.OrderBy(d => d.Number).Select(d => d.DuePaidPaise));
    }

    [Fact]
    public void A_payment_for_a_named_due_settles_that_due_and_the_rest_goes_oldest_first()
    {
        Entry[] dues = [Due(1, 300, 15), Due(2, 500, 21), Due(3, 400, 25)];

        DueAllocation.Apply(dues, 700, new Dictionary<int, long> { [3] = 400 });

        Assert.Equal([300, 0, 400], dues.Select(d => d.DuePaidPaise));
    }

    [Fact]
    public void A_payment_for_a_due_that_is_gone_still_counts_towards_the_others()
    {
        Entry[] dues = [Due(1, 300, 15)];

        DueAllocation.Apply(dues, 200, new Dictionary<int, long> { [9] = 200 });

        Assert.Equal(200, dues[0].DuePaidPaise);
    }

    [Fact]
    public void Named_payments_never_settle_more_than_was_paid_in_all()
    {
        Entry[] dues = [Due(1, 300, 15), Due(2, 500, 21)];

        // The named payment was deleted from the total but its note lingers in the lookup: the total rules.
        DueAllocation.Apply(dues, 100, new Dictionary<int, long> { [2] = 500 });

        Assert.Equal([0, 100], dues.Select(d => d.DuePaidPaise));
    }
}
