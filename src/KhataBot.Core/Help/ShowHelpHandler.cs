using KhataBot.Core.Abstractions;
using KhataBot.Core.Parsing;

namespace KhataBot.Core.Help;

internal sealed class ShowHelpHandler : ICommandHandler<ShowHelp>
{
    public Task<Reply> HandleAsync(ShowHelp command, CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult<Reply>(HelpText.Text);
}
