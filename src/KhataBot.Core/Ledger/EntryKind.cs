namespace KhataBot.Core.Ledger;

public enum EntryKind
{
    /// <summary>Goods given on credit (udhar): the customer owes more.</summary>
    Credit = 1,

    /// <summary>Money received from a customer (jama): the customer owes less.</summary>
    Payment = 2,

    Expense = 3,

    Income = 4,
}
