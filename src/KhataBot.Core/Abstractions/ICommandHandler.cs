using KhataBot.Core.Parsing;

namespace KhataBot.Core.Abstractions;

/// <summary>
/// Carries out one kind of command against the book. The engine runs it inside one transaction and
/// saves after it returns, so a handler only changes tracked entities and says what happened.
/// Handlers must only ever touch rows of <see cref="CommandContext.Shop"/>.
/// </summary>
public interface ICommandHandler<in TCommand> where TCommand : Command
{
    Task<Reply> HandleAsync(TCommand command, CommandContext context, CancellationToken cancellationToken);
}
