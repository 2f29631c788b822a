using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Budgets;

/// <summary>"budget food off": exactly what "budget food 0" does (audited as a budget change, so undo puts
/// the old amount back), said in words people use.</summary>
internal sealed class RemoveBudgetHandler(ICommandHandler<SetBudget> setBudget) : ICommandHandler<RemoveBudget>
{
    public Task<Reply> HandleAsync(RemoveBudget command, CommandContext context, CancellationToken cancellationToken) =>
        setBudget.HandleAsync(new SetBudget(command.Category, 0), context, cancellationToken);
}
