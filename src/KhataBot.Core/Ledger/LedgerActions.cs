namespace KhataBot.Core.Ledger;

/// <summary>The <see cref="Audit.AuditRecord.Action"/> names the ledger records; its undoers dispatch on them.</summary>
public static class LedgerActions
{
    public const string EntryAdded = "entry.add";

    public const string EntryDeleted = "entry.delete";

    public const string EntryEdited = "entry.edit";

    public const string PhoneSet = "customer.phone";

    public const string AddressSet = "customer.address";

    public const string CustomerRenamed = "customer.rename";

    public const string CustomersMerged = "customer.merge";

    public const string EntryChanged = "entry.change";

    public const string EntryMoved = "entry.move";
}
