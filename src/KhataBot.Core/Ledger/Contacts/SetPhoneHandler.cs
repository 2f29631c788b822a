using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Contacts;

/// <summary>"phone Ramesh 98765 43210": kept as typed (spaces and a leading + are fine), so "find 98765" works.</summary>
internal sealed class SetPhoneHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<SetPhone>
{
    public Task<Reply> HandleAsync(SetPhone command, CommandContext context, CancellationToken cancellationToken)
    {
        var phone = command.Phone.Trim();
        // Only what a phone number can contain, so a note typed in the wrong place is not saved as a number.
        if (phone.Length > 0 && (!phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-') || phone.Count(char.IsAsciiDigit) < 5))
        {
            return Task.FromResult<Reply>($"'{phone}' does not look like a phone number. Try: {Examples.Phone}");
        }

        return ContactChanges.SetAsync(db, audit, context, ContactField.Phone, command.Customer, phone, cancellationToken);
    }
}
