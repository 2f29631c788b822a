namespace KhataBot.Core.Ledger.Contacts;

/// <summary>A customer's phone or address: set the same way, audited the same way, undone the same way.</summary>
internal sealed record ContactField(string Action, string Label, int MaxLength, Func<Customer, string?> Get, Action<Customer, string?> Set)
{
    public static readonly ContactField Phone = new(LedgerActions.PhoneSet, "phone", 20, c => c.Phone, (c, v) => c.Phone = v);

    public static readonly ContactField Address = new(LedgerActions.AddressSet, "address", 200, c => c.Address, (c, v) => c.Address = v);

    public static IEnumerable<ContactField> All => [Phone, Address];
}

/// <summary>The value before or after a change, as the audit trail keeps it.</summary>
internal sealed record ContactValue(string? Value);
