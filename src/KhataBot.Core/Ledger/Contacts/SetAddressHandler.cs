using KhataBot.Core.Abstractions;
using KhataBot.Core.Audit;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Ledger.Contacts;

/// <summary>"address Ramesh 12 MG Road".</summary>
internal sealed class SetAddressHandler(IKhataDb db, AuditTrail audit) : ICommandHandler<SetAddress>
{
    public Task<Reply> HandleAsync(SetAddress command, CommandContext context, CancellationToken cancellationToken) =>
        ContactChanges.SetAsync(db, audit, context, ContactField.Address, command.Customer, command.Address, cancellationToken);
}
